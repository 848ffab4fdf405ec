u"a" b"b"
