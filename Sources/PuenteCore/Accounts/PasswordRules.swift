// What a new password must satisfy; checked before it is ever hashed.

public enum PasswordProblem: Error, Equatable, Sendable {
    case tooShort, tooLong, mismatch
}

public enum PasswordRules {
    public static let minimumLength = 10
    /// Bcrypt reads only the first 72 bytes; a cap keeps hashing time bounded too.
    public static let maximumLength = 128

    public static func check(_ password: String, confirmation: String? = nil) -> PasswordProblem? {
        if password.count < minimumLength { return .tooShort }
        if password.count > maximumLength || password.utf8.count > 72 * 4 { return .tooLong }
        if let confirmation, confirmation != password { return .mismatch }
        return nil
    }
}
