import bad_mod
