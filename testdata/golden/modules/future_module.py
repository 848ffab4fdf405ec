# __future__: the feature records, and a future import that the compiler acts on.
from __future__ import annotations
import __future__

def f(x: NotDefinedAnywhere) -> AlsoMissing:
    return x

print(f.__annotations__, f(3))
print(__future__.all_feature_names, __future__.__all__[:2])
for name in __future__.all_feature_names:
    feat = getattr(__future__, name)
    print(name, repr(feat), feat.getOptionalRelease(), feat.getMandatoryRelease(), feat.compiler_flag)
print(__future__.CO_FUTURE_ANNOTATIONS, type(__future__.annotations).__name__)
