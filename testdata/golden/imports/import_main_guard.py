# An imported module's __name__ is its dotted name, not "__main__".
import imp_mods.guarded as g
print("script __name__:", __name__)
g.main()
