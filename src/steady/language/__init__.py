"""Words: the vocabularies, the safety phrases, and the small code that matches them."""
