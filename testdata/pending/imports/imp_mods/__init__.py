# Package holding the modules imported by the imports/ golden scripts.
print("imp_mods/__init__ runs once")
