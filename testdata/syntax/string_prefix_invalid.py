x = bu'a'
