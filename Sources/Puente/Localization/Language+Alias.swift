// Plot also has a `Language`; inside this module the name means ours.

import PuenteCore

public typealias Language = PuenteCore.Language
