# typing.Pattern and typing.Match are aliases of re.Pattern and re.Match.
import typing, re
print(typing.Pattern, typing.Match, typing.Pattern[str], typing.Pattern.__origin__, typing.Match[bytes].__args__)
print(isinstance(re.compile('a'), typing.Pattern), isinstance(re.match('a', 'a'), typing.Match), isinstance('a', typing.Pattern))
print(typing.get_origin(typing.Pattern[str]), typing.Pattern[str] == typing.Pattern[str])
