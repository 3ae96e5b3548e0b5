def test_the_whole_activation_loop(steady):
    assert steady("notice chest tight -i 6 --at 21:00").exit_code == 0
    assert steady("name anxious").exit_code == 0
    result = steady("settle --at 22:10")
    assert result.exit_code == 0, result.stderr
    assert "Settled after" in result.stdout
    listed = steady("log --json").json()
    assert listed[0]["feelings"] == ["anxious"]
