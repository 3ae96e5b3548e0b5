from steady.cli import main

main()
