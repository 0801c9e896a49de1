// The strings of sign-up, sign-in, email verification, password reset, profile and roles, in English and Spanish. Keys are declared in `L10n`;
// `CatalogTests` checks that exactly one catalog translates each.

extension L10n {
    static func accountsCatalog(_ key: L10n) -> Translation? {
        switch key {
        case .signUpTitle: .init(en: "Create your account", es: "Cree su cuenta")
        case .signUpLead:
            .init(en: "An account is free. We will never ask for payment, bank or tax information, or a Social Security number.",
                  es: "La cuenta es gratuita. Nunca le pediremos pagos, información bancaria o de impuestos, ni un número de Seguro Social.")
        case .passwordConfirmLabel: .init(en: "Password again", es: "Repita la contraseña")
        case .passwordHint: .init(en: "At least 10 characters.", es: "Al menos 10 caracteres.")
        case .signUpSubmit: .init(en: "Create account", es: "Crear cuenta")
        case .alreadyHaveAccount: .init(en: "Already have an account? Sign in.", es: "¿Ya tiene una cuenta? Inicie sesión.")
        case .emailInvalid: .init(en: "Enter an email address like name@example.org.", es: "Escriba un correo como nombre@ejemplo.org.")
        case .emailTaken:
            .init(en: "An account with this email already exists. Sign in or reset your password.",
                  es: "Ya existe una cuenta con este correo. Inicie sesión o restablezca su contraseña.")
        case .passwordTooShort: .init(en: "Use at least 10 characters.", es: "Use al menos 10 caracteres.")
        case .passwordTooLong: .init(en: "Use at most 128 characters.", es: "Use como máximo 128 caracteres.")
        case .passwordsDoNotMatch: .init(en: "The two passwords are not the same.", es: "Las dos contraseñas no son iguales.")
        case .nameTooLong: .init(en: "Use at most 120 characters.", es: "Use como máximo 120 caracteres.")
        case .nameControlCharacters: .init(en: "Use letters, spaces and punctuation only: no tabs, line breaks or other control characters.",
                                           es: "Use solo letras, espacios y puntuación: sin tabulaciones, saltos de línea ni otros caracteres de control.")
        case .signUpDone:
            .init(en: "Your account is ready. We sent a link to {email} to confirm your address.",
                  es: "Su cuenta está lista. Enviamos un enlace a {email} para confirmar su correo.")
        case .signInTitle: .init(en: "Sign in", es: "Iniciar sesión")
        case .signInSubmit: .init(en: "Sign in", es: "Entrar")
        case .forgotPassword: .init(en: "Forgot your password?", es: "¿Olvidó su contraseña?")
        case .noAccountYet: .init(en: "New here? Create a free account.", es: "¿Primera vez aquí? Cree una cuenta gratuita.")
        case .signInFailed: .init(en: "That email and password do not match an account.", es: "Ese correo y contraseña no coinciden con ninguna cuenta.")
        case .signInThrottled:
            .init(en: "Too many attempts. Wait 15 minutes, or reset your password.",
                  es: "Demasiados intentos. Espere 15 minutos o restablezca su contraseña.")
        case .signedOut: .init(en: "You are signed out.", es: "Cerró su sesión.")
        case .signedInWelcome: .init(en: "Welcome back, {name}.", es: "Hola de nuevo, {name}.")
        case .verifyEmailSubject: .init(en: "Confirm your email for {program}", es: "Confirme su correo para {program}")
        case .verifyEmailBody:
            .init(en: "Please confirm that this is your email address by opening this link within 48 hours:",
                  es: "Por favor confirme que este es su correo abriendo este enlace dentro de 48 horas:")
        case .verifyEmailDone: .init(en: "Thank you: your email address is confirmed.", es: "Gracias: su correo está confirmado.")
        case .verifyLinkInvalid:
            .init(en: "This confirmation link is not valid or has expired. Sign in and ask for a new one.",
                  es: "Este enlace de confirmación no es válido o ya venció. Inicie sesión y pida uno nuevo.")
        case .verificationSent: .init(en: "We sent a new confirmation link.", es: "Enviamos un nuevo enlace de confirmación.")
        case .resetRequestTitle: .init(en: "Reset your password", es: "Restablecer su contraseña")
        case .resetRequestLead:
            .init(en: "Enter the email address of your account and we will send you a link.",
                  es: "Escriba el correo de su cuenta y le enviaremos un enlace.")
        case .resetRequestSubmit: .init(en: "Send the link", es: "Enviar el enlace")
        case .resetRequestSent:
            .init(en: "If an account uses that address, a link is on its way. It works once, for one hour.",
                  es: "Si alguna cuenta usa ese correo, el enlace va en camino. Funciona una sola vez, durante una hora.")
        case .resetEmailSubject: .init(en: "Reset your {program} password", es: "Restablezca su contraseña de {program}")
        case .resetEmailBody:
            .init(en: "Someone asked to reset the password for this address. If it was you, open this link within one hour. If not, you can ignore this message.",
                  es: "Alguien pidió restablecer la contraseña de este correo. Si fue usted, abra este enlace dentro de una hora. Si no, puede ignorar este mensaje.")
        case .resetTitle: .init(en: "Choose a new password", es: "Elija una nueva contraseña")
        case .newPasswordLabel: .init(en: "New password", es: "Nueva contraseña")
        case .resetSubmit: .init(en: "Save the new password", es: "Guardar la nueva contraseña")
        case .resetDone: .init(en: "Your password is changed. Sign in with it now.", es: "Su contraseña cambió. Inicie sesión con ella.")
        case .resetLinkInvalid:
            .init(en: "This reset link is not valid, was already used, or has expired. Ask for a new one.",
                  es: "Este enlace no es válido, ya se usó o venció. Pida uno nuevo.")
        case .profileTitle: .init(en: "My profile", es: "Mi perfil")
        case .profileEmailVerified: .init(en: "Confirmed", es: "Confirmado")
        case .profileEmailUnverified: .init(en: "Not confirmed yet", es: "Aún no confirmado")
        case .profileRoles: .init(en: "My roles", es: "Mis funciones")
        case .profileSaved: .init(en: "Your profile is saved.", es: "Su perfil se guardó.")
        case .roleAdmin: .init(en: "Administrator", es: "Administrador(a)")
        case .roleStaff: .init(en: "Program staff", es: "Personal del programa")
        case .roleTrainer: .init(en: "Master trainer", es: "Capacitador(a) principal")
        case .roleSupervisor: .init(en: "Practicum supervisor", es: "Supervisor(a) de práctica")
        case .roleOrganizationRepresentative: .init(en: "Organization representative", es: "Representante de organización")
        case .roleMember: .init(en: "Member", es: "Miembro")
        case .adminRolesTitle: .init(en: "People and roles", es: "Personas y funciones")
        case .adminRolesLead:
            .init(en: "A person can hold several roles. Every change is recorded in the audit log.",
                  es: "Una persona puede tener varias funciones. Cada cambio queda en el registro de auditoría.")
        case .adminRolesSearch: .init(en: "Find by name or email", es: "Buscar por nombre o correo")
        case .adminRolesSaved: .init(en: "Roles saved for {name}.", es: "Funciones guardadas para {name}.")
        case .adminRolesKeepOneAdmin:
            .init(en: "You cannot remove your own administrator role.", es: "No puede quitarse su propia función de administrador(a).")
        case .columnPerson: .init(en: "Person", es: "Persona")
        case .columnRoles: .init(en: "Roles", es: "Funciones")
        case .columnEmail: .init(en: "Email", es: "Correo")
        default: nil
        }
    }
}
