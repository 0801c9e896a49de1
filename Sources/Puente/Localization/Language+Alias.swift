// `Language` inside this module always means PuenteCore's, whatever else is imported (Plot once had one too).

import PuenteCore

public typealias Language = PuenteCore.Language
