# A module with __all__ limiting star imports.
__all__ = ["exported", "also"]
exported = "in __all__"
also = "also in __all__"
not_exported = "public but not in __all__"
