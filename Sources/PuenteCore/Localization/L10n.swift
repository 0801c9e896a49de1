// Every UI string, keyed by a typed case; `translation` holds English and Spanish.
// Add a case and the compiler asks for both languages; `CatalogTests` checks that
// neither is empty and that both name the same `{placeholders}`.

public enum L10n: String, CaseIterable, Sendable {
    // Layout
    case skipToContent, mainNavigation, languageLabel, switchLanguage, menu
    case navHome, navSignIn, navSignUp, navSignOut, navProfile, navAdminRoles, navAuditLog, navContact
    case footerContact, antiFraudNotice, antiFraudReport
    case signedInAs, emailNotVerifiedBanner, resendVerification

    // Home
    case homeTitle, homeLead, homeWhatTitle, homeWhatRegistry, homeWhatTraining, homeWhatEvents
    case homeWhatCoalition, homeWhatLanguages, homeFree, homeGetStarted

    // Forms, common
    case formErrorSummary, fieldRequired, emailLabel, passwordLabel, nameLabel
    case preferredLanguageLabel, save, saved, cancel, previousPage, nextPage, pageOf, noResults

    // Sign up
    case signUpTitle, signUpLead, passwordConfirmLabel, passwordHint, signUpSubmit, alreadyHaveAccount
    case emailInvalid, emailTaken, passwordTooShort, passwordTooLong, passwordsDoNotMatch, nameTooLong, nameControlCharacters
    case signUpDone

    // Sign in / out
    case signInTitle, signInSubmit, forgotPassword, noAccountYet, signInFailed, signInThrottled
    case signedOut, signedInWelcome

    // Email verification
    case verifyEmailSubject, verifyEmailBody, verifyEmailDone, verifyLinkInvalid, verificationSent

    // Password reset
    case resetRequestTitle, resetRequestLead, resetRequestSubmit, resetRequestSent
    case resetEmailSubject, resetEmailBody, resetTitle, newPasswordLabel, resetSubmit
    case resetDone, resetLinkInvalid

    // Profile
    case profileTitle, profileEmailVerified, profileEmailUnverified, profileRoles, profileSaved

    // Roles
    case roleAdmin, roleStaff, roleTrainer, roleSupervisor, roleOrganizationRepresentative, roleMember
    case adminRolesTitle, adminRolesLead, adminRolesSearch, adminRolesSaved, adminRolesKeepOneAdmin
    case columnPerson, columnRoles, columnEmail

    // Audit
    case auditTitle, auditLead, auditFilterActor, auditFilterAction, auditFilterEntity, auditFilterFrom
    case auditFilterTo, auditFilterSubmit, columnWhen, columnWho, columnAction, columnWhat, columnFromWhere
    case auditSystem

    // Contact / impersonation report
    case contactTitle, contactLead, contactMessageLabel, contactSubmit, contactSent
    case contactEmailSubject, messageTooLong

    // Email frame
    case emailGreeting, emailSignature, emailAntiFraud, emailWhyReceived

    // Verification
    case navVerify, verifyTitle, verifyLead, verifyNumberLabel, verifyNumberHint, verifySubmit, verifyNotFound
    case verifyStatusValid, verifyStatusExpired, verifyStatusRevoked, verifyHolder, verifyProgram, verifyIssuer
    case verifyIssuedOn, verifyExpiresOn, verifyNoExpiry, verifyRevokedReason, verifyCertificateHeading
    case verifyRegistryHeading, verifyRegistryStatus, verifyRegistryNote, verifyHolderSuspended
    case registryStatusApplied, registryStatusChangesRequested, registryStatusActive, registryStatusInactive
    case registryStatusSuspended, registryStatusDeclined

    // Directory
    case navDirectory, directoryTitle, directoryLead, directorySearchLabel, directoryLanguageLabel, directoryCountyLabel
    case directoryTypeLabel, directoryCommunityLabel, directoryAny, directorySortLabel, directorySortName
    case directorySortNewest, directoryResultCount, directoryResultCountCapped, directorySearchSubmit, directoryUnknownLanguage
    case directoryUnknownCounty, directoryUnknownType, directoryUnknownCommunity, directoryLanguages
    case directoryCounties, directoryCommunities, directoryOrganizations, directoryContact, directoryPrivacyNote
    case directoryResults

    // Registry forms and review
    case navRegistryApply, navRegistryStaff, registryApplyTitle, registryApplyLead, registryFree, registryGivenName
    case registryNameSettled, registryNameSettledHint, registryConfirmEmailFirst
    case registryOrganizationsLegend, registryOrganizationsNone, registryEmployerLabel, registryNoEmployer
    case registryUnknownOrganization, registryEmployerNotListed, importUnknownOrganization
    case organizationsTitle, organizationsLead, organizationNew, organizationEdit, organizationName, organizationKind
    case organizationCounty, organizationNoCounty, organizationActive, organizationSaved, organizationNameTaken, organizationPeople
    case organizationKindCBO, organizationKindClinic, organizationKindHealthCenter, organizationKindTribal
    case organizationKindAgency, organizationKindOther, organizationInactive, registryCommunityRetired
    case registryFamilyName, registryPhone, registryWorkerType, registryOtherTitle, registryPreferredContact
    case registryContactEmail, registryContactPhone, registryContactText, registryLanguagesLegend, registryCountiesLegend
    case registryCommunitiesLegend, registryConsentLegend, registryConsentListed, registryConsentType
    case registryConsentLanguages, registryConsentCounties, registryConsentCommunities, registryConsentOrganizations
    case registryConsentContact, registryNotes, registryApplySubmit, registryApplied, registryMyTitle, registryMyNumber
    case registryMyStatus, registryMyReason, registryMyUpdate, registryAlreadyApplied
    case registryChooseLanguage, registryChooseCounty, registryUnknownLanguage, registryUnknownCounty, registryPhoneInvalid, registryOtherTitleRequired, registryTooLong
    case privacyRefusedSSN, privacyRefusedTaxID, privacyRefusedCard
    case registryStaffTitle, registryStaffNew, registryStaffFilterStatus, registryStaffCreate, registryStaffSaved
    case registryReviewTitle, registryReviewReason, registryReviewApprove, registryReviewRequestChanges
    case registryReviewDecline, registryReviewInactive, registryReviewSuspend, registryReviewReactivate
    case registryReasonRequired, registryStatusNotAllowed, registryHistory, registryStatusChanged
    case registryEmailAppliedSubject, registryEmailAppliedBody, registryEmailApprovedSubject, registryEmailApprovedBody
    case registryEmailChangesSubject, registryEmailChangesBody, registryEmailDeclinedSubject, registryEmailDeclinedBody
    case registryEmailStatusSubject, registryEmailStatusBody, registryEmailReasonLine

    // Credentials
    case credentialsTitle, credentialNumber, credentialProgram, credentialIssuer, credentialIssuedOn, credentialExpiresOn
    case credentialAdd, credentialAdded, credentialNumberTaken, credentialDateInvalid, credentialExpiresBeforeIssued
    case credentialRevoke, credentialRevoked, credentialNone, credentialPrintedName

    // Import and export
    case importTitle, importLead, importFileLabel, importCheck, importCommit, importEmpty, importMissingColumn
    case importTooManyRows, importColumnCount, importDuplicateNumber, importNumberTaken, importNotYesNo, importBadNumber
    case importBadStatus, importNotUTF8, importUnterminatedQuote, importStrayQuote, importMapping, importIgnored
    case importProblems, importLine, importColumn, importReady, importDone, importExpired, exportCSV, importNoFile

    // Training and certification
    case navTraining, navTrainingMine, navTrainingStaff, navSupervision, trainingTitle, trainingLead
    case trainingFree, trainingNoCohorts, trainingDates, trainingWhere, trainingOnline, trainingTrainers
    case trainingSeatsLeft, trainingApply, trainingSignInToApply, trainingApplied, trainingAlreadyEnrolled, trainingCohortFull
    case trainingCohortOver, trainingNotActive, trainingWithdrawn, trainingWithdraw, trainingMineTitle, trainingNoEnrollments
    case trainingStatus, trainingOnlineLink, trainingCalendarFeed, enrollmentApplied, enrollmentAccepted, enrollmentWaitlisted
    case enrollmentWithdrawn, enrollmentTransferred, enrollmentCompleted, progressClassroom, progressPracticum, progressPending
    case progressAttendance, progressCompetencies, progressDeadline, progressOverdue, progressComplete, progressMissing
    case gapClassroom, gapPracticum, gapAttendance, gapCompetencies, practicumTitle, practicumPlacement
    case gapShortClassroom, gapShortPracticum, gapShortAttendance, gapShortCompetencies
    case hoursEvidence, hoursEvidenceType, hoursEvidenceLink
    case trainingPrograms, programNew, programEdit, programCode, programCodeHint, programCodeInvalid
    case programCodeTaken, programKind, programKindCore, programKindCE, programNameEN, programNameES
    case programDescriptionEN, programDescriptionES, programClassroomHours, programPracticumHours, programAttendance, programPercentInvalid
    case programNumberInvalid, programNoHours, programWindowDays, programWindowHint, programAutoComplete, programValidMonths
    case programIssuer, programIssuerHint
    case practicumNoPlacement, practicumDay, practicumHours, practicumHoursHint, practicumActivities, practicumSubmit
    case practicumLogged, practicumComment, practicumApprove, practicumReturn, practicumAlreadyDecided, practicumNotTheirSupervisor
    case practicumSite, practicumSupervisorEmail, practicumPlace, supervisionTitle, supervisionLead, logPending
    case logApproved, logReturned, hoursNotQuarter, hoursNotPositive, hoursOverADay, hoursInFuture
    case hoursOutsideCohort, hoursTitle, hoursLead, hoursKind, hoursKindCE, hoursKindWork
    case hoursTopic, hoursProvider, hoursSubmit, hoursReported, hoursPendingTitle, eligibilityTitle
    case eligibilityYes, eligibilityUntil, eligibilityNo, eligibilityGapProgram, eligibilityGapWork, eligibilityGapCertificate
    case eligibilityGapCE, eligibilityLapsingTitle, eligibilityRemind, eligibilityReminded, eligibilityEmailSubject, eligibilityEmailBody
    case certificateDownload, certificateIssue, certificateRequirementsNotMet, certificateAlreadyIssued, certificateHolder, certificateReissue
    case certificateReissued, certificateEmailSubject, certificateEmailBody, trainingEmailAppliedSubject, trainingEmailAppliedBody, trainingEmailAcceptedSubject
    case trainingEmailAcceptedBody, trainingEmailWaitlistedSubject, trainingEmailWaitlistedBody, trainingEmailWithdrawnSubject, trainingEmailWithdrawnBody, practicumEmailApprovedSubject
    case practicumEmailApprovedBody, practicumEmailReturnedSubject, practicumEmailReturnedBody, hoursEmailApprovedSubject, hoursEmailApprovedBody, hoursEmailReturnedSubject
    case hoursEmailReturnedBody, trainingStaffTitle, trainingCohorts, trainingNewCohort, trainingProgram, trainingCohortName
    case trainingStartsOn, trainingEndsOn, trainingCapacity, trainingDateInvalid, trainingTimeInvalid, trainingEndBeforeStart
    case trainingPlaceOrLink, trainingLinkInvalid, trainingCapacityInvalid, trainingNotASupervisor, trainingNotATrainer, trainingTransferSameProgram
    case trainingRoster, trainingAccept, trainingWaitlist, trainingExtend, trainingExtendUntil, trainingTransfer
    case trainingTransferTo, trainingAddTrainer, trainingSessions, trainingStartsAt, trainingTopic, trainingAddSession
    case attendanceTitle, attendancePresent, attendancePartial, attendanceAbsent, attendancePartialHours, attendanceSave
    case attendanceSaved

    // Events
    case eventEmailConfirmedSubject, eventEmailConfirmedBody, eventEmailWaitlistedSubject, eventEmailWaitlistedBody, eventEmailPromotedSubject
    case eventEmailPromotedBody, eventEmailCancelledSubject, eventEmailCancelledBody, eventEmailJoinLink, eventEmailManageLink
    case eventRegistrationClosed, eventCancelled, eventAlreadyRegistered, eventNotForYou, eventRegistrationAlreadyCancelled
    case eventRegistrationCancelled, eventCancelRegistration, eventStatusConfirmed, eventStatusWaitlisted, eventStatusCancelled
    case eventKindInvalid, eventAudienceInvalid, eventTimeZoneInvalid, eventEndBeforeStart, eventDateOutOfRange, eventLanguageInvalid, eventClosesAfterStart
    case navEvents, eventsTitle, eventsUpcoming, eventsPast, eventsCalendarFeed, eventOnlineNote
    case eventSeatsLeft, eventFullWaitlist, eventAddToCalendar, eventRegister, eventRegisteredFlash, eventWaitlistedFlash
    case eventEmailUpdatedSubject, eventEmailUpdatedBody, eventEmailEventCancelledSubject, eventEmailEventCancelledBody
    case eventRRuleUnsupported, eventRRuleTwoPositions, eventRRuleNegative, eventRRuleEmpty
    case eventReminderMinutes
    case eventOpensAfterClose, eventTranslationLanguage, eventTitleEsLabel, eventDescriptionEsLabel, eventTranslationHint, eventOpensLabel, eventClosesLabel, eventWindowHint, eventRegistrationOpensOn
    case eventRepeatCountInvalid, eventRepeatCountLabel, eventRepeatRuleLabel, eventRepeatWeekly, eventRepeatBiweekly, eventRepeatMonthly, eventRepeatCustom, eventRepeatNone
    case eventAnswerNotAChoice, eventReminderInvalid, eventQuestionPromptMissing, eventQuestionChoicesMissing, eventQuestionsInvalid, eventEmailReminderSubject, eventEmailReminderBody, myEventsTitle, myEventsVerifyHint, eventFeedTitle, eventFeedHint, eventFeedMake, eventFeedReplace, eventFeedMade, eventRemindersOnFlash, eventRemindersOffFlash, eventRemindersAreOn, eventRemindersAreOff, eventRemindersTurnOff, eventRemindersTurnOn, eventKindAll, eventSeriesAll, eventMaterialsTitle, eventRemindMe, optionalField, yes, no, remove, search, eventKindMeeting, eventKindWebinar, eventKindSummit, eventKindTraining
    case eventKindOther, eventMaterialRecording, eventMaterialSlides, eventMaterialLink, navEventsStaff, eventAudienceLabel, eventAudiencePublic, eventAudienceMembers, eventAudienceOrganizations, eventCancelEvent, eventCancelHint, eventCancelledFlash, eventCapacityHint, eventCheckInButton, eventCheckInCount, eventCheckInSearch, eventCheckInTitle, eventCheckInUndo, eventCheckInUndoneFlash, eventCheckedIn, eventCheckedInFlash, eventCounts, eventDayLabel, eventDescriptionLabel, eventEdit, eventEditHint, eventEndLabel, eventExportCSV, eventKindLabel, eventMaterialAdd, eventMaterialAddedFlash, eventMaterialKind, eventMaterialURL
    case eventMaterialsHint, eventMessageBody, eventMessageIncludeWaitlist, eventMessageSend, eventMessageSentFlash, eventMessageSubject, eventMessageTitle, eventNew, eventOnlineLinkHint, eventOnlineLinkLabel, eventPublicPage, eventQuestionChoice, eventQuestionChoices, eventQuestionKind, eventQuestionPrompt, eventQuestionRequired, eventQuestionText, eventQuestionYesNo, eventQuestionsHint, eventQuestionsLabel, eventRegistrants, eventReminderDays, eventReminderHours, eventReminderLabel, eventReminderNone, eventRepeatHint, eventRepeatLabel, eventSavedFlash, eventSeriesHint, eventSeriesLabel, eventSeriesSavedFlash, eventStartLabel, eventTimeZoneLabel, eventTitleLabel

    // Errors
    case errorTitle, errorBadRequest, errorUnauthorized, errorForbidden, errorNotFound
    case errorPayloadTooLarge, errorTooManyRequests, errorServer, errorBusy, errorCSRF, errorMalformedJSON
    case errorGoHome

    public var translation: Translation {
        switch self {
        case .skipToContent: .init(en: "Skip to main content", es: "Saltar al contenido principal")
        case .mainNavigation: .init(en: "Main", es: "Principal")
        case .languageLabel: .init(en: "Language", es: "Idioma")
        case .switchLanguage: .init(en: "Read this page in", es: "Leer esta página en")
        case .menu: .init(en: "Menu", es: "Menú")
        case .navHome: .init(en: "Home", es: "Inicio")
        case .navSignIn: .init(en: "Sign in", es: "Iniciar sesión")
        case .navSignUp: .init(en: "Create an account", es: "Crear una cuenta")
        case .navSignOut: .init(en: "Sign out", es: "Cerrar sesión")
        case .navProfile: .init(en: "My profile", es: "Mi perfil")
        case .navAdminRoles: .init(en: "People and roles", es: "Personas y funciones")
        case .navAuditLog: .init(en: "Audit log", es: "Registro de auditoría")
        case .navContact: .init(en: "Contact us", es: "Contáctenos")
        case .footerContact: .init(en: "Questions? Write to {email}.", es: "¿Preguntas? Escriba a {email}.")
        case .antiFraudNotice:
            .init(en: "{program} will never ask you for financial or tax information or for payment of any kind. Our services are free.",
                  es: "{program} nunca le pedirá información financiera o de impuestos ni pagos de ningún tipo. Nuestros servicios son gratuitos.")
        case .antiFraudReport:
            .init(en: "Report someone pretending to be us", es: "Reporte a alguien que se haga pasar por nosotros")
        case .signedInAs: .init(en: "Signed in as {name}", es: "Sesión iniciada como {name}")
        case .emailNotVerifiedBanner:
            .init(en: "Please confirm your email address: we sent you a link.",
                  es: "Por favor confirme su correo electrónico: le enviamos un enlace.")
        case .resendVerification: .init(en: "Send the link again", es: "Enviar el enlace otra vez")

        case .homeTitle: .init(en: "Welcome to {program}", es: "Bienvenido a {program}")
        case .homeLead:
            .init(en: "We support Community Health Workers, Promotores and Community Health Representatives: the trusted members of a community who connect their neighbors with health and social services.",
                  es: "Apoyamos a Trabajadores Comunitarios de Salud, Promotores y Representantes Comunitarios de Salud: personas de confianza en su comunidad que conectan a sus vecinos con servicios de salud y sociales.")
        case .homeWhatTitle: .init(en: "What you can do here", es: "Lo que puede hacer aquí")
        case .homeWhatRegistry:
            .init(en: "Join the statewide registry and show your training to employers.",
                  es: "Inscribirse en el registro estatal y mostrar su capacitación a los empleadores.")
        case .homeWhatTraining:
            .init(en: "Take the core-competency course: classroom hours and a supervised practicum, with a certificate at the end.",
                  es: "Tomar el curso de competencias básicas: horas de clase y una práctica supervisada, con un certificado al final.")
        case .homeWhatEvents:
            .init(en: "Register for meetings, webinars and trainings, and get the link and a calendar invite.",
                  es: "Inscribirse en reuniones, seminarios web y capacitaciones, y recibir el enlace y una invitación de calendario.")
        case .homeWhatCoalition:
            .init(en: "Take part in the coalition's committees and help shape the policies that affect your work.",
                  es: "Participar en los comités de la coalición y ayudar a definir las políticas que afectan su trabajo.")
        case .homeWhatLanguages:
            .init(en: "Use every page in English or Spanish, on your phone.",
                  es: "Usar cada página en inglés o en español, desde su teléfono.")
        case .homeFree:
            .init(en: "Everything here is free. There are no dues or fees, and you do not need to be employed as a CHW to take part.",
                  es: "Todo aquí es gratuito. No hay cuotas ni pagos, y no necesita tener empleo como promotor(a) para participar.")
        case .homeGetStarted: .init(en: "Create your free account", es: "Cree su cuenta gratuita")

        case .formErrorSummary: .init(en: "Please correct the highlighted fields.", es: "Por favor corrija los campos señalados.")
        case .fieldRequired: .init(en: "This field is required.", es: "Este campo es obligatorio.")
        case .emailLabel: .init(en: "Email address", es: "Correo electrónico")
        case .passwordLabel: .init(en: "Password", es: "Contraseña")
        case .nameLabel: .init(en: "Your name", es: "Su nombre")
        case .preferredLanguageLabel: .init(en: "Preferred language", es: "Idioma preferido")
        case .save: .init(en: "Save", es: "Guardar")
        case .saved: .init(en: "Saved.", es: "Guardado.")
        case .cancel: .init(en: "Cancel", es: "Cancelar")
        case .previousPage: .init(en: "Previous page", es: "Página anterior")
        case .nextPage: .init(en: "Next page", es: "Página siguiente")
        case .pageOf: .init(en: "Page {page} of {pages}", es: "Página {page} de {pages}")
        case .noResults: .init(en: "Nothing matches.", es: "No hay resultados.")

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
        case .noAccountYet: .init(en: "New here? Create a free account.", es: "¿Es nuevo? Cree una cuenta gratuita.")
        case .signInFailed: .init(en: "That email and password do not match an account.", es: "Ese correo y contraseña no coinciden con ninguna cuenta.")
        case .signInThrottled:
            .init(en: "Too many attempts. Wait 15 minutes, or reset your password.",
                  es: "Demasiados intentos. Espere 15 minutos o restablezca su contraseña.")
        case .signedOut: .init(en: "You are signed out.", es: "Cerró su sesión.")
        case .signedInWelcome: .init(en: "Welcome back, {name}.", es: "Bienvenido de nuevo, {name}.")

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

        case .auditTitle: .init(en: "Audit log", es: "Registro de auditoría")
        case .auditLead:
            .init(en: "Every change to personal data and every export, newest first.",
                  es: "Cada cambio de datos personales y cada exportación, del más reciente al más antiguo.")
        case .auditFilterActor: .init(en: "Who (email)", es: "Quién (correo)")
        case .auditFilterAction: .init(en: "Action", es: "Acción")
        case .auditFilterEntity: .init(en: "Record type", es: "Tipo de registro")
        case .auditFilterFrom: .init(en: "From date", es: "Desde")
        case .auditFilterTo: .init(en: "To date", es: "Hasta")
        case .auditFilterSubmit: .init(en: "Filter", es: "Filtrar")
        case .columnWhen: .init(en: "When", es: "Cuándo")
        case .columnWho: .init(en: "Who", es: "Quién")
        case .columnAction: .init(en: "Action", es: "Acción")
        case .columnWhat: .init(en: "What", es: "Qué")
        case .columnFromWhere: .init(en: "From where", es: "Desde dónde")
        case .auditSystem: .init(en: "System", es: "Sistema")

        case .contactTitle: .init(en: "Contact us", es: "Contáctenos")
        case .contactLead:
            .init(en: "Write to our staff. If someone asked you for money or personal financial information in our name, tell us here.",
                  es: "Escriba a nuestro personal. Si alguien le pidió dinero o información financiera en nuestro nombre, díganoslo aquí.")
        case .contactMessageLabel: .init(en: "Your message", es: "Su mensaje")
        case .contactSubmit: .init(en: "Send", es: "Enviar")
        case .contactSent: .init(en: "Thank you. Our staff will read your message.", es: "Gracias. Nuestro personal leerá su mensaje.")
        case .contactEmailSubject: .init(en: "Message from the website: {name}", es: "Mensaje del sitio web: {name}")
        case .messageTooLong: .init(en: "Use at most 5,000 characters.", es: "Use como máximo 5,000 caracteres.")

        case .emailGreeting: .init(en: "Hello {name},", es: "Hola {name}:")
        case .emailSignature: .init(en: "The {program} team", es: "El equipo de {program}")
        case .emailAntiFraud:
            .init(en: "{program} never asks for financial or tax information or for payment. If someone does in our name, reply to this message.",
                  es: "{program} nunca pide información financiera o de impuestos ni pagos. Si alguien lo hace en nuestro nombre, responda a este mensaje.")
        case .emailWhyReceived:
            .init(en: "You received this message because of your account at {url}.",
                  es: "Recibió este mensaje por su cuenta en {url}.")

        case .navVerify: .init(en: "Verify a certificate", es: "Verificar un certificado")
        case .verifyTitle: .init(en: "Verify a certificate or registry number", es: "Verificar un certificado o número de registro")
        case .verifyLead:
            .init(en: "Employers and partners can check that a certificate is genuine and current. The registry is the record of authority.",
                  es: "Empleadores y aliados pueden comprobar que un certificado es auténtico y vigente. El registro es la fuente oficial.")
        case .verifyNumberLabel: .init(en: "Certificate or registry number", es: "Número de certificado o de registro")
        case .verifyNumberHint: .init(en: "For example CERT-7K3M-9QXD-2HBT or CHW-7K3M-9QXD.", es: "Por ejemplo CERT-7K3M-9QXD-2HBT o CHW-7K3M-9QXD.")
        case .verifySubmit: .init(en: "Verify", es: "Verificar")
        case .verifyNotFound:
            .init(en: "No certificate or registry entry has this number. Check it and try again.",
                  es: "Ningún certificado o registro tiene este número. Revíselo e intente de nuevo.")
        case .verifyStatusValid: .init(en: "Valid", es: "Válido")
        case .verifyStatusExpired: .init(en: "Expired", es: "Vencido")
        case .verifyStatusRevoked: .init(en: "Revoked", es: "Revocado")
        case .verifyHolder: .init(en: "Holder", es: "Titular")
        case .verifyProgram: .init(en: "Program", es: "Programa")
        case .verifyIssuer: .init(en: "Issued by", es: "Emitido por")
        case .verifyIssuedOn: .init(en: "Issued on", es: "Fecha de emisión")
        case .verifyExpiresOn: .init(en: "Expires on", es: "Fecha de vencimiento")
        case .verifyNoExpiry: .init(en: "Does not expire", es: "No vence")
        case .verifyRevokedReason: .init(en: "Reason", es: "Motivo")
        case .verifyCertificateHeading: .init(en: "Certificate {number}", es: "Certificado {number}")
        case .verifyRegistryHeading: .init(en: "Registry entry {number}", es: "Registro {number}")
        case .verifyRegistryStatus: .init(en: "Registry status", es: "Estado en el registro")
        case .verifyHolderSuspended:
            .init(en: "The holder's registry membership is suspended. This certificate records training they completed; it does not show that they are in good standing with the program.",
                  es: "La inscripción del titular en el registro está suspendida. Este certificado registra una capacitación que completó; no indica que esté en regla con el programa.")
        case .verifyRegistryNote:
            .init(en: "Only the status is shown here; the person decides what the public directory shows.",
                  es: "Aquí solo se muestra el estado; la persona decide qué muestra el directorio público.")
        case .registryStatusApplied: .init(en: "Application received", es: "Solicitud recibida")
        case .registryStatusChangesRequested: .init(en: "Changes requested", es: "Se pidieron cambios")
        case .registryStatusActive: .init(en: "Active", es: "Activo")
        case .registryStatusInactive: .init(en: "Inactive", es: "Inactivo")
        case .registryStatusSuspended: .init(en: "Suspended", es: "Suspendido")
        case .registryStatusDeclined: .init(en: "Declined", es: "Rechazado")

        case .navDirectory: .init(en: "Find a CHW", es: "Buscar un promotor(a)")
        case .directoryTitle: .init(en: "Community Health Worker directory", es: "Directorio de Trabajadores Comunitarios de Salud")
        case .directoryLead:
            .init(en: "Find Community Health Workers, Promotores and Community Health Representatives by language, county and the communities they serve.",
                  es: "Encuentre Trabajadores Comunitarios de Salud, Promotores y Representantes Comunitarios de Salud por idioma, condado y las comunidades que atienden.")
        case .directorySearchLabel: .init(en: "Name or words", es: "Nombre o palabras")
        case .directoryLanguageLabel: .init(en: "Speaks", es: "Habla")
        case .directoryCountyLabel: .init(en: "Serves county", es: "Atiende el condado")
        case .directoryTypeLabel: .init(en: "Title", es: "Título")
        case .directoryCommunityLabel: .init(en: "Serves community", es: "Atiende a la comunidad")
        case .directoryAny: .init(en: "Any", es: "Cualquiera")
        case .directorySortLabel: .init(en: "Sort by", es: "Ordenar por")
        case .directorySortName: .init(en: "Last name", es: "Apellido")
        case .directorySortNewest: .init(en: "Newest first", es: "Más recientes primero")
        case .directoryResultCount: .init(en: "{count} found", es: "{count} encontrados")
        case .directoryResultCountCapped: .init(en: "More than {count} found. Add a filter to narrow the list.",
                                                es: "Más de {count} encontrados. Añada un filtro para acotar la lista.")
        case .directorySearchSubmit: .init(en: "Search", es: "Buscar")
        case .directoryUnknownLanguage: .init(en: "Choose a language from the list.", es: "Elija un idioma de la lista.")
        case .directoryUnknownCounty: .init(en: "Choose a county from the list.", es: "Elija un condado de la lista.")
        case .directoryUnknownType: .init(en: "Choose a title from the list.", es: "Elija un título de la lista.")
        case .directoryUnknownCommunity: .init(en: "Choose a community from the list.", es: "Elija una comunidad de la lista.")
        case .directoryLanguages: .init(en: "Languages", es: "Idiomas")
        case .directoryCounties: .init(en: "Counties", es: "Condados")
        case .directoryCommunities: .init(en: "Communities", es: "Comunidades")
        case .directoryOrganizations: .init(en: "Organizations", es: "Organizaciones")
        case .directoryContact: .init(en: "Contact", es: "Contacto")
        case .directoryResults: .init(en: "Results", es: "Resultados")
        case .directoryPrivacyNote:
            .init(en: "Each person chooses what this directory shows about them.",
                  es: "Cada persona decide qué muestra este directorio sobre ella.")

        case .navRegistryApply: .init(en: "Join the registry", es: "Inscribirse en el registro")
        case .navRegistryStaff: .init(en: "Registry", es: "Registro")
        case .registryApplyTitle: .init(en: "Apply to the CHW registry", es: "Solicitar la inscripción en el registro")
        case .registryApplyLead:
            .init(en: "The statewide registry connects Community Health Workers, Promotores and Community Health Representatives with training, networking and employers.",
                  es: "El registro estatal conecta a Trabajadores Comunitarios de Salud, Promotores y Representantes Comunitarios de Salud con capacitación, redes y empleadores.")
        case .registryOrganizationsLegend:
            .init(en: "Organizations you work or volunteer with (optional: you do not need an employer to register)",
                  es: "Organizaciones con las que trabaja o colabora (opcional: no necesita empleador para registrarse)")
        case .registryOrganizationsNone:
            .init(en: "No organizations are listed yet; program staff add them.", es: "Todavía no hay organizaciones en la lista; las agrega el personal del programa.")
        case .registryEmployerLabel: .init(en: "Which of them employs you?", es: "¿Cuál de ellas es su empleador?")
        case .registryNoEmployer: .init(en: "None: no employer, or volunteer", es: "Ninguna: sin empleador, o voluntario/a")
        case .registryUnknownOrganization:
            .init(en: "One of the chosen organizations is not on the program's list. Choose from the list.",
                  es: "Una de las organizaciones elegidas no está en la lista del programa. Elija de la lista.")
        case .importUnknownOrganization:
            .init(en: "An organization here is not on the program's list (Staff › Organizations). Add it there first, or correct the name.",
                  es: "Una organización aquí no está en la lista del programa (Personal › Organizaciones). Agréguela allí primero o corrija el nombre.")
        case .registryEmployerNotListed:
            .init(en: "Your employer must be one of the organizations you chose above.", es: "Su empleador debe ser una de las organizaciones que eligió arriba.")
        case .organizationsTitle: .init(en: "Organizations", es: "Organizaciones")
        case .organizationsLead:
            .init(en: "Community organizations, clinics, health centers, Tribal programs and agencies that people in the registry work or volunteer with.",
                  es: "Organizaciones comunitarias, clínicas, centros de salud, programas tribales y agencias con los que trabajan o colaboran las personas del registro.")
        case .organizationNew: .init(en: "Add an organization", es: "Agregar una organización")
        case .organizationEdit: .init(en: "Edit organization", es: "Editar organización")
        case .organizationName: .init(en: "Name", es: "Nombre")
        case .organizationKind: .init(en: "Kind of organization", es: "Tipo de organización")
        case .organizationCounty: .init(en: "County", es: "Condado")
        case .organizationNoCounty: .init(en: "No county, or statewide", es: "Sin condado, o en todo el estado")
        case .organizationActive:
            .init(en: "Active (offered when people choose their organizations)", es: "Activa (se ofrece cuando las personas eligen sus organizaciones)")
        case .organizationSaved: .init(en: "Organization saved.", es: "Organización guardada.")
        case .organizationNameTaken: .init(en: "An organization with this name is already listed.", es: "Ya hay una organización con este nombre en la lista.")
        case .organizationPeople: .init(en: "People", es: "Personas")
        case .organizationKindCBO: .init(en: "Community-based organization", es: "Organización comunitaria")
        case .organizationKindClinic: .init(en: "Clinic", es: "Clínica")
        case .organizationKindHealthCenter: .init(en: "Health center", es: "Centro de salud")
        case .organizationKindTribal: .init(en: "Tribal program", es: "Programa tribal")
        case .organizationKindAgency: .init(en: "Public agency", es: "Agencia pública")
        case .organizationKindOther: .init(en: "Other", es: "Otra")
        case .organizationInactive: .init(en: "inactive", es: "inactiva")
        case .registryCommunityRetired: .init(en: "{code} (no longer on the program's list)", es: "{code} (ya no está en la lista del programa)")
        case .registryConfirmEmailFirst:
            .init(en: "Before you apply, confirm your email address with the link we sent you: the program's decisions about your application go there. If the link is lost or old, send a new one with the button at the top of this page.",
                  es: "Antes de solicitar, confirme su correo electrónico con el enlace que le enviamos: allí le llegarán las decisiones del programa sobre su solicitud. Si perdió el enlace o ya venció, pida uno nuevo con el botón en la parte de arriba de esta página.")
        case .registryNameSettled:
            .init(en: "Your name is on your registry record and your certificates, so program staff change it. Write to them and they will update it.",
                  es: "Su nombre figura en su registro y en sus certificados, por eso lo cambia el personal del programa. Escríbales y lo actualizarán.")
        case .registryNameSettledHint:
            .init(en: "To change your name, write to the program staff: it is on your registry record and certificates.",
                  es: "Para cambiar su nombre, escriba al personal del programa: figura en su registro y en sus certificados.")
        case .registryFree:
            .init(en: "There are no dues or fees, and you do not need to be employed as a CHW to register.",
                  es: "No hay cuotas ni pagos, y no necesita tener empleo como promotor(a) para inscribirse.")
        case .registryGivenName: .init(en: "First name", es: "Nombre")
        case .registryFamilyName: .init(en: "Last name", es: "Apellido")
        case .registryPhone: .init(en: "Phone (optional)", es: "Teléfono (opcional)")
        case .registryWorkerType: .init(en: "Your title", es: "Su título")
        case .registryOtherTitle: .init(en: "Other title", es: "Otro título")
        case .registryPreferredContact: .init(en: "How should we contact you?", es: "¿Cómo prefiere que le contactemos?")
        case .registryContactEmail: .init(en: "Email", es: "Correo electrónico")
        case .registryContactPhone: .init(en: "Phone call", es: "Llamada")
        case .registryContactText: .init(en: "Text message", es: "Mensaje de texto")
        case .registryLanguagesLegend: .init(en: "Languages you speak", es: "Idiomas que habla")
        case .registryCountiesLegend: .init(en: "Counties you serve", es: "Condados que atiende")
        case .registryCommunitiesLegend: .init(en: "Communities you serve (optional)", es: "Comunidades que atiende (opcional)")
        case .registryConsentLegend: .init(en: "What the public directory may show", es: "Lo que puede mostrar el directorio público")
        case .registryConsentListed: .init(en: "List me in the public directory (shows my name)", es: "Incluirme en el directorio público (muestra mi nombre)")
        case .registryConsentType: .init(en: "My title", es: "Mi título")
        case .registryConsentLanguages: .init(en: "My languages", es: "Mis idiomas")
        case .registryConsentCounties: .init(en: "My counties", es: "Mis condados")
        case .registryConsentCommunities: .init(en: "The communities I serve", es: "Las comunidades que atiendo")
        case .registryConsentOrganizations: .init(en: "My organizations", es: "Mis organizaciones")
        case .registryConsentContact: .init(en: "My email and phone", es: "Mi correo y teléfono")
        case .registryNotes: .init(en: "Notes (staff only)", es: "Notas (solo personal)")
        case .registryApplySubmit: .init(en: "Send my application", es: "Enviar mi solicitud")
        case .registryApplied:
            .init(en: "Thank you. Your application is in; we will email you when staff have reviewed it.",
                  es: "Gracias. Recibimos su solicitud; le escribiremos cuando el personal la revise.")
        case .registryMyTitle: .init(en: "My registry entry", es: "Mi registro")
        case .registryMyNumber: .init(en: "Registry number", es: "Número de registro")
        case .registryMyStatus: .init(en: "Status", es: "Estado")
        case .registryMyReason: .init(en: "Note from staff", es: "Nota del personal")
        case .registryMyUpdate: .init(en: "Save and send for review", es: "Guardar y enviar a revisión")
        case .registryAlreadyApplied: .init(en: "You already have a registry entry.", es: "Usted ya tiene un registro.")
        case .registryChooseLanguage: .init(en: "Choose at least one language.", es: "Elija al menos un idioma.")
        case .registryChooseCounty: .init(en: "Choose at least one county.", es: "Elija al menos un condado.")
        case .registryUnknownLanguage:
            .init(en: "A language is not on the list: use ISO 639 codes such as es, en or vi.",
                  es: "Un idioma no está en la lista: use códigos ISO 639 como es, en o vi.")
        case .registryUnknownCounty:
            .init(en: "A county is not on the program's list: use its name or its FIPS code, such as 06037.",
                  es: "Un condado no está en la lista del programa: use su nombre o su código FIPS, como 06037.")
        case .registryPhoneInvalid: .init(en: "Enter a phone number like 601-555-0123.", es: "Escriba un teléfono como 601-555-0123.")
        case .registryOtherTitleRequired: .init(en: "Write your title.", es: "Escriba su título.")
        case .registryTooLong: .init(en: "This is too long.", es: "Esto es demasiado largo.")
        case .privacyRefusedSSN:
            .init(en: "This looks like a Social Security number. We never collect those: please remove it.",
                  es: "Esto parece un número de Seguro Social. Nunca los recopilamos: por favor quítelo.")
        case .privacyRefusedTaxID:
            .init(en: "This looks like a tax identification number. We never collect those: please remove it.",
                  es: "Esto parece un número de identificación fiscal. Nunca los recopilamos: por favor quítelo.")
        case .privacyRefusedCard:
            .init(en: "This looks like a payment card number. We never collect those: please remove it.",
                  es: "Esto parece un número de tarjeta de pago. Nunca los recopilamos: por favor quítelo.")
        case .registryStaffTitle: .init(en: "Registry", es: "Registro")
        case .registryStaffNew: .init(en: "Add a person", es: "Agregar una persona")
        case .registryStaffFilterStatus: .init(en: "Status", es: "Estado")
        case .registryStaffCreate: .init(en: "Add to the registry", es: "Agregar al registro")
        case .registryStaffSaved: .init(en: "Registry entry {number} saved.", es: "Registro {number} guardado.")
        case .registryReviewTitle: .init(en: "Review and status", es: "Revisión y estado")
        case .registryReviewReason: .init(en: "Reason (the person sees it)", es: "Motivo (la persona lo ve)")
        case .registryReviewApprove: .init(en: "Approve", es: "Aprobar")
        case .registryReviewRequestChanges: .init(en: "Ask for changes", es: "Pedir cambios")
        case .registryReviewDecline: .init(en: "Decline", es: "Rechazar")
        case .registryReviewInactive: .init(en: "Make inactive", es: "Marcar como inactivo")
        case .registryReviewSuspend: .init(en: "Suspend", es: "Suspender")
        case .registryReviewReactivate: .init(en: "Reactivate", es: "Reactivar")
        case .registryReasonRequired: .init(en: "Write a reason the person will understand.", es: "Escriba un motivo que la persona entienda.")
        case .registryStatusNotAllowed:
            .init(en: "This status cannot follow the current one: applications are approved, sent back or declined; active entries become inactive or suspended; the others can be reactivated.",
                  es: "Este estado no puede seguir al actual: las solicitudes se aprueban, se devuelven o se rechazan; los registros activos pasan a inactivos o suspendidos; los demás se pueden reactivar.")
        case .registryHistory: .init(en: "History", es: "Historial")
        case .registryStatusChanged: .init(en: "Status changed to {status}.", es: "El estado cambió a {status}.")
        case .registryEmailAppliedSubject: .init(en: "We received your registry application", es: "Recibimos su solicitud de registro")
        case .registryEmailAppliedBody:
            .init(en: "Thank you for applying to the registry. Your registry number is {number}. Staff will review your application and write to you.",
                  es: "Gracias por solicitar su inscripción. Su número de registro es {number}. El personal revisará su solicitud y le escribirá.")
        case .registryEmailApprovedSubject: .init(en: "You are in the registry", es: "Ya está en el registro")
        case .registryEmailApprovedBody:
            .init(en: "Your registry entry {number} is active. You can choose what the public directory shows at any time.",
                  es: "Su registro {number} está activo. Puede elegir en cualquier momento qué muestra el directorio público.")
        case .registryEmailChangesSubject: .init(en: "Please update your registry application", es: "Por favor actualice su solicitud de registro")
        case .registryEmailChangesBody:
            .init(en: "Staff reviewed your application {number} and need a few changes before approving it.",
                  es: "El personal revisó su solicitud {number} y necesita algunos cambios antes de aprobarla.")
        case .registryEmailDeclinedSubject: .init(en: "About your registry application", es: "Sobre su solicitud de registro")
        case .registryEmailDeclinedBody:
            .init(en: "Staff reviewed your application {number} and could not approve it.",
                  es: "El personal revisó su solicitud {number} y no pudo aprobarla.")
        case .registryEmailStatusSubject: .init(en: "Your registry status changed", es: "Cambió su estado en el registro")
        case .registryEmailStatusBody:
            .init(en: "The status of your registry entry {number} is now: {status}.",
                  es: "El estado de su registro {number} ahora es: {status}.")
        case .registryEmailReasonLine: .init(en: "Staff wrote: {reason}", es: "El personal escribió: {reason}")

        case .credentialsTitle: .init(en: "Certificates", es: "Certificados")
        case .credentialNumber: .init(en: "Certificate number", es: "Número de certificado")
        case .credentialProgram: .init(en: "Program or course", es: "Programa o curso")
        case .credentialIssuer: .init(en: "Issued by", es: "Emitido por")
        case .credentialIssuedOn: .init(en: "Issued on", es: "Fecha de emisión")
        case .credentialExpiresOn: .init(en: "Expires on (optional)", es: "Fecha de vencimiento (opcional)")
        case .credentialAdd: .init(en: "Record certificate", es: "Registrar certificado")
        case .credentialAdded: .init(en: "Certificate {number} recorded.", es: "Certificado {number} registrado.")
        case .credentialNumberTaken: .init(en: "A certificate with this number is already recorded.", es: "Ya hay un certificado registrado con este número.")
        case .credentialDateInvalid: .init(en: "Enter a date like 2026-06-12.", es: "Escriba una fecha como 2026-06-12.")
        case .credentialExpiresBeforeIssued: .init(en: "It cannot expire before it was issued.", es: "No puede vencer antes de su emisión.")
        case .credentialRevoke: .init(en: "Revoke", es: "Revocar")
        case .credentialRevoked: .init(en: "Certificate {number} revoked.", es: "Certificado {number} revocado.")
        case .credentialPrintedName: .init(en: "printed for {name}", es: "emitido a nombre de {name}")
        case .credentialNone: .init(en: "No certificates recorded.", es: "No hay certificados registrados.")

        case .importTitle: .init(en: "Import registry entries", es: "Importar registros")
        case .importLead:
            .init(en: "Upload a CSV file (UTF-8). First we check every row and show what we found; nothing is saved until you confirm, and then every row is saved or none.",
                  es: "Suba un archivo CSV (UTF-8). Primero revisamos cada fila y le mostramos lo encontrado; nada se guarda hasta que confirme, y entonces se guardan todas las filas o ninguna.")
        case .importFileLabel: .init(en: "CSV file", es: "Archivo CSV")
        case .importCheck: .init(en: "Check the file", es: "Revisar el archivo")
        case .importCommit: .init(en: "Import {count} entries", es: "Importar {count} registros")
        case .importEmpty: .init(en: "The file is empty.", es: "El archivo está vacío.")
        case .importMissingColumn: .init(en: "This column is required.", es: "Esta columna es obligatoria.")
        case .importTooManyRows: .init(en: "Import at most {max} rows at a time.", es: "Importe como máximo {max} filas a la vez.")
        case .importColumnCount: .init(en: "Expected {expected} fields, found {found}.", es: "Se esperaban {expected} campos y hay {found}.")
        case .importDuplicateNumber: .init(en: "This registry number is also on line {line}.", es: "Este número de registro también está en la línea {line}.")
        case .importNumberTaken: .init(en: "This registry number is already in the registry.", es: "Este número de registro ya está en el registro.")
        case .importNotYesNo: .init(en: "Write yes or no.", es: "Escriba sí o no.")
        case .importBadNumber: .init(en: "Not a registry number (CHW-XXXX-XXXX).", es: "No es un número de registro (CHW-XXXX-XXXX).")
        case .importBadStatus: .init(en: "Unknown status.", es: "Estado desconocido.")
        case .importNotUTF8: .init(en: "The file is not UTF-8 text. Save it as \"CSV UTF-8\" and try again.", es: "El archivo no es texto UTF-8. Guárdelo como \"CSV UTF-8\" e intente de nuevo.")
        case .importUnterminatedQuote: .init(en: "A quoted field starting here never ends.", es: "Un campo entre comillas que empieza aquí nunca termina.")
        case .importStrayQuote: .init(en: "A quote mark in the middle of a field.", es: "Hay comillas en medio de un campo.")
        case .importMapping: .init(en: "Columns", es: "Columnas")
        case .importIgnored: .init(en: "ignored", es: "se ignora")
        case .importProblems: .init(en: "{count} problems: nothing will be saved until they are fixed.", es: "{count} problemas: no se guardará nada hasta corregirlos.")
        case .importLine: .init(en: "Line", es: "Línea")
        case .importColumn: .init(en: "Column", es: "Columna")
        case .importReady: .init(en: "All {count} rows are ready.", es: "Las {count} filas están listas.")
        case .importDone: .init(en: "Imported {count} entries.", es: "Se importaron {count} registros.")
        case .importExpired: .init(en: "This import was already used. Upload the file again.", es: "Esta importación ya se usó. Suba el archivo otra vez.")
        case .exportCSV: .init(en: "Download these as CSV", es: "Descargar en CSV")
        case .importNoFile: .init(en: "Choose a CSV file.", es: "Elija un archivo CSV.")

        case .navTraining: .init(en: "Training", es: "Capacitación")
        case .navTrainingMine: .init(en: "My training", es: "Mi capacitación")
        case .navTrainingStaff: .init(en: "Run training", es: "Administrar capacitación")
        case .navSupervision: .init(en: "Practicum logs to sign", es: "Registros de práctica por firmar")
        case .trainingTitle: .init(en: "Course schedule", es: "Calendario de cursos")
        case .trainingLead: .init(en: "The core-competency course prepares Community Health Workers, Promotores and Community Health Representatives: classroom sessions with master trainers and a supervised practicum in the community, with a certificate at the end.", es: "El curso de competencias básicas prepara a Trabajadores Comunitarios de Salud, Promotores y Representantes Comunitarios de Salud: sesiones de clase con capacitadores maestros y una práctica supervisada en la comunidad, con un certificado al final.")
        case .trainingFree: .init(en: "Training is free. There is no fee, and you do not need to be employed as a CHW to apply.", es: "La capacitación es gratuita. No hay ningún costo y no necesita tener empleo como promotor(a) para inscribirse.")
        case .trainingNoCohorts: .init(en: "No courses are scheduled right now. Please check back soon.", es: "No hay cursos programados por ahora. Vuelva a consultar pronto.")
        case .trainingDates: .init(en: "Dates", es: "Fechas")
        case .trainingWhere: .init(en: "Where", es: "Lugar")
        case .trainingOnline: .init(en: "Online", es: "En línea")
        case .trainingTrainers: .init(en: "Master trainers", es: "Capacitadores maestros")
        case .trainingSeatsLeft: .init(en: "Seats left", es: "Lugares disponibles")
        case .trainingApply: .init(en: "Apply for this course (free)", es: "Inscribirme en este curso (gratis)")
        case .trainingSignInToApply: .init(en: "Sign in or create a free account to apply", es: "Inicie sesión o cree una cuenta gratuita para inscribirse")
        case .trainingApplied: .init(en: "Your application is in. Staff will tell you by email when you have a seat.", es: "Recibimos su solicitud. El personal le avisará por correo cuando tenga un lugar.")
        case .trainingAlreadyEnrolled: .init(en: "You have already applied to this course.", es: "Ya se inscribió en este curso.")
        case .trainingCohortFull: .init(en: "This course is full.", es: "Este curso está lleno.")
        case .trainingCohortOver: .init(en: "This course has already ended.", es: "Este curso ya terminó.")
        case .trainingNotActive: .init(en: "That is not possible for this enrollment now.", es: "Eso no es posible para esta inscripción ahora.")
        case .trainingWithdrawn: .init(en: "You have left the course.", es: "Usted dejó el curso.")
        case .trainingWithdraw: .init(en: "Withdraw", es: "Retirarse")
        case .trainingMineTitle: .init(en: "My training", es: "Mi capacitación")
        case .trainingNoEnrollments: .init(en: "You are not in a course yet. See the course schedule.", es: "Todavía no está en ningún curso. Vea el calendario de cursos.")
        case .trainingStatus: .init(en: "Status", es: "Estado")
        case .trainingOnlineLink: .init(en: "Online class link", es: "Enlace de la clase en línea")
        case .trainingCalendarFeed: .init(en: "Class schedule for your calendar (iCalendar)", es: "Horario de clases para su calendario (iCalendar)")
        case .enrollmentApplied: .init(en: "Application received", es: "Solicitud recibida")
        case .enrollmentAccepted: .init(en: "Enrolled", es: "Inscrito")
        case .enrollmentWaitlisted: .init(en: "On the waitlist", es: "En lista de espera")
        case .enrollmentWithdrawn: .init(en: "Withdrawn", es: "Retirado")
        case .enrollmentTransferred: .init(en: "Moved to another group", es: "Cambiado a otro grupo")
        case .enrollmentCompleted: .init(en: "Completed", es: "Completado")
        case .progressClassroom: .init(en: "Classroom hours", es: "Horas de clase")
        case .progressPracticum: .init(en: "Approved practicum hours", es: "Horas de práctica aprobadas")
        case .progressPending: .init(en: "({hours} h waiting for your supervisor)", es: "({hours} h esperando a su supervisor)")
        case .progressAttendance: .init(en: "Attendance", es: "Asistencia")
        case .progressCompetencies: .init(en: "Competencies", es: "Competencias")
        case .progressDeadline: .init(en: "Finish by", es: "Terminar antes de")
        case .progressOverdue: .init(en: "past the deadline", es: "fecha límite vencida")
        case .progressComplete: .init(en: "All requirements are met.", es: "Cumple con todos los requisitos.")
        case .progressMissing: .init(en: "Still missing", es: "Todavía falta")
        case .gapClassroom: .init(en: "{hours} more classroom hours", es: "{hours} horas de clase más")
        case .gapPracticum: .init(en: "{hours} more approved practicum hours", es: "{hours} horas de práctica aprobadas más")
        case .gapAttendance: .init(en: "Attendance is {percent}%; {required}% is required", es: "La asistencia es {percent}%; se requiere {required}%")
        case .trainingPrograms: .init(en: "Programs", es: "Programas")
        case .programNew: .init(en: "Add a program", es: "Agregar un programa")
        case .programEdit: .init(en: "Change program", es: "Cambiar programa")
        case .programCode: .init(en: "Short code", es: "Código corto")
        case .programCodeHint: .init(en: "Lower-case letters, digits and dashes, e.g. ce-oral-health.", es: "Letras minúsculas, números y guiones, por ejemplo ce-salud-oral.")
        case .programCodeInvalid: .init(en: "Use 2–40 lower-case letters, digits and dashes.", es: "Use de 2 a 40 letras minúsculas, números y guiones.")
        case .programCodeTaken: .init(en: "Another program already uses this code.", es: "Otro programa ya usa este código.")
        case .programKind: .init(en: "Kind", es: "Tipo")
        case .programKindCore: .init(en: "Core competency (leads to the registry)", es: "Competencias básicas (lleva al registro)")
        case .programKindCE: .init(en: "Continuing education", es: "Educación continua")
        case .programNameEN: .init(en: "Name in English", es: "Nombre en inglés")
        case .programNameES: .init(en: "Name in Spanish", es: "Nombre en español")
        case .programDescriptionEN: .init(en: "Description in English", es: "Descripción en inglés")
        case .programDescriptionES: .init(en: "Description in Spanish", es: "Descripción en español")
        case .programClassroomHours: .init(en: "Classroom hours required", es: "Horas de clase requeridas")
        case .programPracticumHours: .init(en: "Approved practicum hours required", es: "Horas de práctica aprobadas requeridas")
        case .programAttendance: .init(en: "Minimum attendance (%)", es: "Asistencia mínima (%)")
        case .programPercentInvalid: .init(en: "Use a number from 0 to 100.", es: "Use un número de 0 a 100.")
        case .programNumberInvalid: .init(en: "Use a whole number in range, or leave it empty.", es: "Use un número entero dentro del rango, o déjelo vacío.")
        case .programNoHours: .init(en: "A program needs some classroom or practicum hours.", es: "Un programa necesita algunas horas de clase o de práctica.")
        case .programWindowDays: .init(en: "Finish within (days of the start)", es: "Terminar en (días desde el inicio)")
        case .programWindowHint: .init(en: "Empty: by the cohort's last day.", es: "Vacío: antes del último día del grupo.")
        case .programAutoComplete: .init(en: "Issue the certificate as soon as the requirements are met", es: "Emitir el certificado en cuanto se cumplan los requisitos")
        case .programValidMonths: .init(en: "Certificate valid for (months; empty: no expiry)", es: "Certificado válido por (meses; vacío: no vence)")
        case .programIssuer: .init(en: "Issuer printed on certificates", es: "Emisor impreso en los certificados")
        case .programIssuerHint: .init(en: "Empty: the program's own name.", es: "Vacío: el nombre del propio programa.")
        case .hoursEvidence: .init(en: "Evidence (optional): a PDF, PNG or JPEG, such as a certificate of attendance", es: "Comprobante (opcional): un PDF, PNG o JPEG, como un certificado de asistencia")
        case .hoursEvidenceType: .init(en: "Attach a PDF, PNG or JPEG file.", es: "Adjunte un archivo PDF, PNG o JPEG.")
        case .hoursEvidenceLink: .init(en: "evidence", es: "comprobante")
        case .gapShortClassroom: .init(en: "{hours} h class", es: "{hours} h de clase")
        case .gapShortPracticum: .init(en: "{hours} h practicum", es: "{hours} h de práctica")
        case .gapShortAttendance: .init(en: "attendance {percent}%", es: "asistencia {percent}%")
        case .gapShortCompetencies: .init(en: "{count} competencies", es: "{count} competencias")
        case .gapCompetencies: .init(en: "Competencies not yet covered: {list}", es: "Competencias que faltan: {list}")
        case .practicumTitle: .init(en: "Practicum", es: "Práctica")
        case .practicumPlacement: .init(en: "Site: {site}. Supervisor: {supervisor}.", es: "Sitio: {site}. Supervisor(a): {supervisor}.")
        case .practicumNoPlacement: .init(en: "Staff have not assigned your practicum site yet.", es: "El personal todavía no le ha asignado un sitio de práctica.")
        case .practicumDay: .init(en: "Date", es: "Fecha")
        case .practicumHours: .init(en: "Hours", es: "Horas")
        case .practicumHoursHint: .init(en: "In quarter hours, for example 3.5 or 3:30.", es: "En cuartos de hora, por ejemplo 3.5 o 3:30.")
        case .practicumActivities: .init(en: "What you did", es: "Lo que hizo")
        case .practicumSubmit: .init(en: "Log these hours", es: "Registrar estas horas")
        case .practicumLogged: .init(en: "Logged. Your supervisor will review it.", es: "Registrado. Su supervisor(a) lo revisará.")
        case .practicumComment: .init(en: "Comment (required to return)", es: "Comentario (obligatorio para devolver)")
        case .practicumApprove: .init(en: "Approve", es: "Aprobar")
        case .practicumReturn: .init(en: "Return", es: "Devolver")
        case .practicumAlreadyDecided: .init(en: "This log was already decided.", es: "Este registro ya fue revisado.")
        case .practicumNotTheirSupervisor: .init(en: "Only this trainee's supervisor can decide this log.", es: "Solo el supervisor de esta persona puede revisar este registro.")
        case .practicumSite: .init(en: "Practicum site", es: "Sitio de práctica")
        case .practicumSupervisorEmail: .init(en: "Supervisor's email", es: "Correo del supervisor(a)")
        case .practicumPlace: .init(en: "Assign practicum", es: "Asignar práctica")
        case .supervisionTitle: .init(en: "Practicum logs", es: "Registros de práctica")
        case .supervisionLead: .init(en: "Hours your trainees logged. Approve each one you can confirm, or return it with a comment. Approved hours are locked.", es: "Horas que registraron sus practicantes. Apruebe cada una que pueda confirmar, o devuélvala con un comentario. Las horas aprobadas quedan fijas.")
        case .logPending: .init(en: "Waiting for review", es: "En revisión")
        case .logApproved: .init(en: "Approved", es: "Aprobado")
        case .logReturned: .init(en: "Returned", es: "Devuelto")
        case .hoursNotQuarter: .init(en: "Enter hours in quarter hours, for example 2.75.", es: "Escriba las horas en cuartos de hora, por ejemplo 2.75.")
        case .hoursNotPositive: .init(en: "Hours must be more than zero.", es: "Las horas deben ser más de cero.")
        case .hoursOverADay: .init(en: "That is more than 24 hours in one day.", es: "Eso es más de 24 horas en un día.")
        case .hoursInFuture: .init(en: "That date has not happened yet.", es: "Esa fecha todavía no ha llegado.")
        case .hoursOutsideCohort: .init(en: "That date is outside the course dates.", es: "Esa fecha está fuera de las fechas del curso.")
        case .hoursTitle: .init(en: "Continuing education and work hours", es: "Educación continua y horas de trabajo")
        case .hoursLead: .init(en: "Report hours for staff to approve. Completed courses here count by themselves.", es: "Reporte horas para que el personal las apruebe. Los cursos completados aquí cuentan solos.")
        case .hoursKind: .init(en: "Kind of hours", es: "Tipo de horas")
        case .hoursKindCE: .init(en: "Continuing education", es: "Educación continua")
        case .hoursKindWork: .init(en: "Work as a CHW", es: "Trabajo como promotor(a)")
        case .hoursTopic: .init(en: "Topic or role", es: "Tema o función")
        case .hoursProvider: .init(en: "Provider or employer", es: "Proveedor o empleador")
        case .hoursSubmit: .init(en: "Report hours", es: "Reportar horas")
        case .hoursReported: .init(en: "Reported. Staff will review it.", es: "Reportado. El personal lo revisará.")
        case .hoursPendingTitle: .init(en: "Hours waiting for approval", es: "Horas en espera de aprobación")
        case .eligibilityTitle: .init(en: "Eligibility", es: "Elegibilidad")
        case .eligibilityYes: .init(en: "Eligible ({pathway}).", es: "Elegible ({pathway}).")
        case .eligibilityUntil: .init(en: "Eligible ({pathway}) until {date}.", es: "Elegible ({pathway}) hasta el {date}.")
        case .eligibilityNo: .init(en: "Not eligible yet.", es: "Todavía no es elegible.")
        case .eligibilityGapProgram: .init(en: "Complete the core-competency course.", es: "Completar el curso de competencias básicas.")
        case .eligibilityGapWork: .init(en: "Document {need} work hours within {months} months (you have {have}).", es: "Documentar {need} horas de trabajo en {months} meses (tiene {have}).")
        case .eligibilityGapCertificate: .init(en: "Earn the core-competency certificate by {date}.", es: "Obtener el certificado de competencias básicas antes del {date}.")
        case .eligibilityGapCE: .init(en: "{need} hours of continuing education every {months} months (you have {have}).", es: "{need} horas de educación continua cada {months} meses (tiene {have}).")
        case .eligibilityLapsingTitle: .init(en: "Eligibility ending within 60 days", es: "Elegibilidad que termina en 60 días")
        case .eligibilityRemind: .init(en: "Email these people", es: "Enviar correo a estas personas")
        case .eligibilityReminded: .init(en: "Reminders queued for {count} people.", es: "Recordatorios en cola para {count} personas.")
        case .eligibilityEmailSubject: .init(en: "Your eligibility ends on {date}", es: "Su elegibilidad termina el {date}")
        case .eligibilityEmailBody: .init(en: "Your eligibility under “{rule}” ends on {date}. Report your continuing-education hours or finish your certificate before then to keep it.", es: "Su elegibilidad bajo “{rule}” termina el {date}. Reporte sus horas de educación continua o complete su certificado antes de esa fecha para mantenerla.")
        case .certificateDownload: .init(en: "Certificate {number} (PDF)", es: "Certificado {number} (PDF)")
        case .certificateIssue: .init(en: "Confirm completion and issue the certificate", es: "Confirmar que terminó y emitir el certificado")
        case .certificateRequirementsNotMet: .init(en: "The requirements are not met yet, so no certificate was issued.", es: "Todavía no cumple los requisitos, así que no se emitió el certificado.")
        case .certificateAlreadyIssued: .init(en: "A certificate was already issued for this completion.", es: "Ya se emitió un certificado por esta finalización.")
        case .certificateHolder: .init(en: "Name on the certificate", es: "Nombre en el certificado")
        case .certificateReissue: .init(en: "Reissue with this name", es: "Volver a emitir con este nombre")
        case .certificateReissued: .init(en: "Reissued. The number stays the same; the old wording is kept in its history.", es: "Emitido de nuevo. El número es el mismo; el texto anterior queda en el historial.")
        case .certificateEmailSubject: .init(en: "Your certificate is ready", es: "Su certificado está listo")
        case .certificateEmailBody: .init(en: "Congratulations on completing {course}. Your certificate number is {number}; employers can check it on our verification page. Download it at the link below.", es: "Felicidades por completar {course}. El número de su certificado es {number}; los empleadores pueden verificarlo en nuestra página de verificación. Descárguelo en el enlace de abajo.")
        case .trainingEmailAppliedSubject: .init(en: "We received your course application", es: "Recibimos su solicitud para el curso")
        case .trainingEmailAppliedBody: .init(en: "You applied to {cohort}. The course is free. We will write again when your seat is confirmed.", es: "Usted se inscribió en {cohort}. El curso es gratuito. Le escribiremos de nuevo cuando su lugar esté confirmado.")
        case .trainingEmailAcceptedSubject: .init(en: "You have a seat in the course", es: "Tiene un lugar en el curso")
        case .trainingEmailAcceptedBody: .init(en: "You are enrolled in {cohort}. Your class schedule and progress are on your training page.", es: "Está inscrito en {cohort}. Su horario de clases y su avance están en su página de capacitación.")
        case .trainingEmailWaitlistedSubject: .init(en: "You are on the course waitlist", es: "Está en la lista de espera del curso")
        case .trainingEmailWaitlistedBody: .init(en: "{cohort} is full for now, so you are on its waitlist. We will write if a seat opens.", es: "{cohort} está lleno por ahora, así que está en la lista de espera. Le escribiremos si se abre un lugar.")
        case .trainingEmailWithdrawnSubject: .init(en: "You are no longer in the course", es: "Ya no está en el curso")
        case .trainingEmailWithdrawnBody: .init(en: "Your place in {cohort} has been withdrawn. You are welcome to apply to a later course.", es: "Su lugar en {cohort} fue retirado. Puede inscribirse en un curso más adelante.")
        case .practicumEmailApprovedSubject: .init(en: "Practicum hours approved", es: "Horas de práctica aprobadas")
        case .practicumEmailApprovedBody: .init(en: "Your supervisor approved {hours} hours on {day}.", es: "Su supervisor(a) aprobó {hours} horas del {day}.")
        case .practicumEmailReturnedSubject: .init(en: "Practicum hours returned", es: "Horas de práctica devueltas")
        case .practicumEmailReturnedBody: .init(en: "Your supervisor returned {hours} hours on {day}: {comment}. Log a corrected row if needed.", es: "Su supervisor(a) devolvió {hours} horas del {day}: {comment}. Registre una fila corregida si hace falta.")
        case .hoursEmailApprovedSubject: .init(en: "Hours approved", es: "Horas aprobadas")
        case .hoursEmailApprovedBody: .init(en: "Staff approved {hours} hours on {day}.", es: "El personal aprobó {hours} horas del {day}.")
        case .hoursEmailReturnedSubject: .init(en: "Hours returned", es: "Horas devueltas")
        case .hoursEmailReturnedBody: .init(en: "Staff returned {hours} hours on {day}: {comment}.", es: "El personal devolvió {hours} horas del {day}: {comment}.")
        case .trainingStaffTitle: .init(en: "Training", es: "Capacitación")
        case .trainingCohorts: .init(en: "Courses", es: "Cursos")
        case .trainingNewCohort: .init(en: "Schedule a course", es: "Programar un curso")
        case .trainingProgram: .init(en: "Program", es: "Programa")
        case .trainingCohortName: .init(en: "Group name", es: "Nombre del grupo")
        case .trainingStartsOn: .init(en: "First day", es: "Primer día")
        case .trainingEndsOn: .init(en: "Last day", es: "Último día")
        case .trainingCapacity: .init(en: "Seats", es: "Lugares")
        case .trainingDateInvalid: .init(en: "Enter a date as YYYY-MM-DD.", es: "Escriba la fecha como AAAA-MM-DD.")
        case .trainingTimeInvalid: .init(en: "Enter a time as HH:MM.", es: "Escriba la hora como HH:MM.")
        case .trainingEndBeforeStart: .init(en: "The last day comes before the first.", es: "El último día es antes del primero.")
        case .trainingPlaceOrLink: .init(en: "Give a place, an online link, or both.", es: "Indique un lugar, un enlace en línea o ambos.")
        case .trainingLinkInvalid: .init(en: "Enter a link that starts with https://.", es: "Escriba un enlace que empiece con https://.")
        case .trainingCapacityInvalid: .init(en: "Seats must be a number from 1 to 10,000.", es: "Los lugares deben ser un número de 1 a 10,000.")
        case .trainingNotASupervisor: .init(en: "That person does not have the supervisor role.", es: "Esa persona no tiene la función de supervisor(a).")
        case .trainingNotATrainer: .init(en: "That person does not have the trainer role.", es: "Esa persona no tiene la función de capacitador(a).")
        case .trainingTransferSameProgram: .init(en: "Choose another group of the same program.", es: "Elija otro grupo del mismo programa.")
        case .trainingRoster: .init(en: "Trainees", es: "Participantes")
        case .trainingAccept: .init(en: "Accept", es: "Aceptar")
        case .trainingWaitlist: .init(en: "Waitlist", es: "Lista de espera")
        case .trainingExtend: .init(en: "Extend deadline", es: "Extender fecha límite")
        case .trainingExtendUntil: .init(en: "New deadline", es: "Nueva fecha límite")
        case .trainingTransfer: .init(en: "Move, keeping hours", es: "Cambiar, conservando las horas")
        case .trainingTransferTo: .init(en: "Move to group", es: "Cambiar al grupo")
        case .trainingAddTrainer: .init(en: "Add a master trainer (email)", es: "Agregar capacitador(a) maestro(a) (correo)")
        case .trainingSessions: .init(en: "Class sessions", es: "Sesiones de clase")
        case .trainingStartsAt: .init(en: "Start time", es: "Hora de inicio")
        case .trainingTopic: .init(en: "Topic", es: "Tema")
        case .trainingAddSession: .init(en: "Add session", es: "Agregar sesión")
        case .attendanceTitle: .init(en: "Attendance", es: "Asistencia")
        case .attendancePresent: .init(en: "Present", es: "Presente")
        case .attendancePartial: .init(en: "Part of it", es: "Parcial")
        case .attendanceAbsent: .init(en: "Absent", es: "Ausente")
        case .attendancePartialHours: .init(en: "Hours, if part of it", es: "Horas, si fue parcial")
        case .attendanceSave: .init(en: "Save attendance", es: "Guardar asistencia")
        case .attendanceSaved: .init(en: "Attendance saved.", es: "Asistencia guardada.")

        case .eventEmailConfirmedSubject: .init(en: "You are registered: {event}", es: "Está inscrito: {event}")
        case .eventEmailConfirmedBody: .init(en: "You have a seat at {event} on {when}. The calendar invite is attached.", es: "Tiene un lugar en {event} el {when}. La invitación de calendario va adjunta.")
        case .eventEmailWaitlistedSubject: .init(en: "You are on the waitlist: {event}", es: "Está en la lista de espera: {event}")
        case .eventEmailWaitlistedBody: .init(en: "{event} on {when} is full, so you are on the waitlist. If a seat opens you get it in turn, and we will email you the link and the invite.", es: "{event} el {when} está lleno, así que está en la lista de espera. Si se abre un lugar, le tocará en orden y le enviaremos el enlace y la invitación.")
        case .eventEmailPromotedSubject: .init(en: "A seat opened for you: {event}", es: "Se abrió un lugar para usted: {event}")
        case .eventEmailPromotedBody: .init(en: "Good news: a seat opened at {event} on {when}, and it is yours. The calendar invite is attached.", es: "Buenas noticias: se abrió un lugar en {event} el {when} y es suyo. La invitación de calendario va adjunta.")
        case .eventEmailCancelledSubject: .init(en: "Registration cancelled: {event}", es: "Inscripción cancelada: {event}")
        case .eventEmailCancelledBody: .init(en: "Your registration for {event} on {when} is cancelled. The attached update removes it from your calendar.", es: "Su inscripción para {event} el {when} está cancelada. La actualización adjunta lo quita de su calendario.")
        case .eventEmailJoinLink: .init(en: "Join online", es: "Entrar en línea")
        case .eventEmailManageLink: .init(en: "See or cancel your registration", es: "Ver o cancelar su inscripción")
        case .eventRegistrationClosed: .init(en: "Registration for this event is closed.", es: "La inscripción para este evento está cerrada.")
        case .eventCancelled: .init(en: "This event has been cancelled.", es: "Este evento fue cancelado.")
        case .eventAlreadyRegistered: .init(en: "This email address is already registered for this event.", es: "Este correo ya está inscrito en este evento.")
        case .eventNotForYou: .init(en: "This event is not open to you.", es: "Este evento no está abierto para usted.")
        case .eventRegistrationAlreadyCancelled: .init(en: "This registration was already cancelled.", es: "Esta inscripción ya estaba cancelada.")
        case .eventRegistrationCancelled: .init(en: "Your registration is cancelled.", es: "Su inscripción está cancelada.")
        case .eventCancelRegistration: .init(en: "Cancel my registration", es: "Cancelar mi inscripción")
        case .eventStatusConfirmed: .init(en: "Registered", es: "Inscrito")
        case .eventStatusWaitlisted: .init(en: "On the waitlist", es: "En lista de espera")
        case .eventStatusCancelled: .init(en: "Cancelled", es: "Cancelado")
        case .eventKindInvalid: .init(en: "Choose meeting, webinar, summit, training or other.", es: "Elija reunión, seminario web, cumbre, capacitación u otro.")
        case .eventAudienceInvalid: .init(en: "Choose public, members or organization_representatives.", es: "Elija public, members u organization_representatives.")
        case .eventTimeZoneInvalid: .init(en: "Use an IANA time zone such as America/Los_Angeles.", es: "Use una zona horaria IANA como America/Los_Angeles.")
        case .eventEndBeforeStart: .init(en: "The end must come after the start.", es: "El final debe ser después del inicio.")
        case .eventLanguageInvalid: .init(en: "Choose English (en) or Spanish (es).", es: "Elija inglés (en) o español (es).")
        case .eventDateOutOfRange: .init(en: "Choose a date between the years 1900 and 2200.", es: "Elija una fecha entre los años 1900 y 2200.")
        case .eventClosesAfterStart: .init(en: "Registration must close by the start.", es: "La inscripción debe cerrar antes del inicio.")

        case .navEvents: .init(en: "Events", es: "Eventos")
        case .eventsTitle: .init(en: "Events and meetings", es: "Eventos y reuniones")
        case .eventsUpcoming: .init(en: "Upcoming", es: "Próximos")
        case .eventsPast: .init(en: "Past", es: "Pasados")
        case .eventsCalendarFeed: .init(en: "Calendar feed (iCalendar)", es: "Calendario para suscribirse (iCalendar)")
        case .eventOnlineNote: .init(en: "Online: the link is sent to registered people.", es: "En línea: el enlace se envía a las personas inscritas.")
        case .eventSeatsLeft: .init(en: "{count} seats left.", es: "Quedan {count} lugares.")
        case .eventFullWaitlist: .init(en: "Full: registering puts you on the waitlist.", es: "Lleno: al inscribirse quedará en la lista de espera.")
        case .eventAddToCalendar: .init(en: "Add to my calendar", es: "Agregar a mi calendario")
        case .eventRegister: .init(en: "Register (free)", es: "Inscribirme (gratis)")
        case .eventRegisteredFlash: .init(en: "You are registered. We emailed you the link and a calendar invite.", es: "Está inscrito. Le enviamos por correo el enlace y una invitación de calendario.")
        case .eventWaitlistedFlash: .init(en: "The event is full, so you are on the waitlist. We will email you if a seat opens.", es: "El evento está lleno, así que está en la lista de espera. Le escribiremos si se abre un lugar.")

        case .eventEmailUpdatedSubject: .init(en: "Changed: {event}", es: "Cambio: {event}")
        case .eventEmailUpdatedBody: .init(en: "{event} has changed. It is now on {when}. The attached invite updates your calendar.", es: "{event} cambió. Ahora es el {when}. La invitación adjunta actualiza su calendario.")
        case .eventEmailEventCancelledSubject: .init(en: "Cancelled: {event}", es: "Cancelado: {event}")
        case .eventEmailEventCancelledBody: .init(en: "We are sorry: {event} on {when} is cancelled. If it was in your calendar, the attached update removes it.", es: "Lo sentimos: {event} del {when} está cancelado. Si estaba en su calendario, la actualización adjunta lo quita.")

        case .eventRRuleUnsupported: .init(en: "This repeat rule is not supported: use daily, weekly or monthly, weekdays, one position in the month (2nd Thursday), month days, COUNT or UNTIL.", es: "Esta regla de repetición no es compatible: use diaria, semanal o mensual, días de la semana, una posición en el mes (2.º jueves), días del mes, COUNT o UNTIL.")
        case .eventRRuleTwoPositions: .init(en: "One position per series: make the 2nd and the 4th Thursday two series.", es: "Una posición por serie: haga del 2.º y del 4.º jueves dos series.")
        case .eventRRuleNegative: .init(en: "Positions count from the start of the month (1–5); “last” is not supported.", es: "Las posiciones se cuentan desde el inicio del mes (1–5); “último” no es compatible.")
        case .eventRRuleEmpty: .init(en: "This rule makes no occurrences.", es: "Esta regla no produce ninguna fecha.")
        case .eventReminderMinutes: .init(en: "{count} minutes before", es: "{count} minutos antes")
        case .eventOpensAfterClose: .init(en: "Registration must open before it closes and before the event starts.", es: "La inscripción debe abrir antes de cerrar y antes de que empiece el evento.")
        case .eventTranslationLanguage: .init(en: "Translations are for English (en) or Spanish (es).", es: "Las traducciones son para inglés (en) o español (es).")
        case .eventTitleEsLabel: .init(en: "Title in Spanish", es: "Título en español")
        case .eventDescriptionEsLabel: .init(en: "Description in Spanish", es: "Descripción en español")
        case .eventTranslationHint: .init(en: "Optional: Spanish readers see it instead of the title above. Leave empty when the event has one title.", es: "Opcional: quienes leen en español lo ven en lugar del título de arriba. Déjelo vacío si el evento tiene un solo título.")
        case .eventOpensLabel: .init(en: "Registration opens", es: "La inscripción abre")
        case .eventClosesLabel: .init(en: "Registration closes", es: "La inscripción cierra")
        case .eventWindowHint: .init(en: "In the event's time zone. Empty: open from now until the event starts.", es: "En la zona horaria del evento. Vacío: abierta desde ahora hasta que empiece el evento.")
        case .eventRegistrationOpensOn: .init(en: "Registration opens {when}.", es: "La inscripción abre el {when}.")
        case .eventRepeatCountInvalid: .init(en: "Choose how many dates: 2 to 52.", es: "Elija cuántas fechas: de 2 a 52.")
        case .eventRepeatCountLabel: .init(en: "How many dates", es: "Cuántas fechas")
        case .eventRepeatRuleLabel: .init(en: "Custom repeat rule (iCalendar RRULE)", es: "Regla de repetición personalizada (RRULE de iCalendar)")
        case .eventRepeatWeekly: .init(en: "Every week", es: "Cada semana")
        case .eventRepeatBiweekly: .init(en: "Every two weeks", es: "Cada dos semanas")
        case .eventRepeatMonthly: .init(en: "Every month on the same weekday (e.g. the 2nd Thursday)", es: "Cada mes el mismo día de la semana (p. ej. el 2.º jueves)")
        case .eventRepeatCustom: .init(en: "Custom rule (below)", es: "Regla personalizada (abajo)")
        case .eventRepeatNone: .init(en: "Does not repeat", es: "No se repite")

        case .eventAnswerNotAChoice: .init(en: "Choose one of the answers offered.", es: "Elija una de las respuestas ofrecidas.")
        case .eventReminderInvalid: .init(en: "Choose a reminder between none and a week before.", es: "Elija un recordatorio entre ninguno y una semana antes.")
        case .eventQuestionPromptMissing: .init(en: "Each question needs its text.", es: "Cada pregunta necesita su texto.")
        case .eventQuestionChoicesMissing: .init(en: "A choice question needs at least two choices, separated by semicolons.", es: "Una pregunta de opciones necesita al menos dos opciones, separadas por punto y coma.")
        case .eventQuestionsInvalid: .init(en: "Check the questions: at most six, each with its own kind.", es: "Revise las preguntas: seis como máximo, cada una con su tipo.")
        case .eventEmailReminderSubject: .init(en: "Reminder: {event}", es: "Recordatorio: {event}")
        case .eventEmailReminderBody: .init(en: "This is a reminder that {event} is on {when}. We look forward to seeing you.", es: "Le recordamos que {event} es el {when}. Le esperamos.")
        case .myEventsTitle: .init(en: "My events", es: "Mis eventos")
        case .myEventsVerifyHint: .init(en: "Verify your email address to also see events you registered for before you signed in.", es: "Verifique su correo para ver también los eventos en que se inscribió antes de iniciar sesión.")
        case .eventFeedTitle: .init(en: "My private calendar", es: "Mi calendario privado")
        case .eventFeedHint: .init(en: "Subscribe to this address in your calendar app to see the events you registered for, with their links. Keep it to yourself; replace it if someone else has it.", es: "Suscríbase a esta dirección en su aplicación de calendario para ver los eventos en que se inscribió, con sus enlaces. No la comparta; reemplácela si alguien más la tiene.")
        case .eventFeedMake: .init(en: "Make my calendar address", es: "Crear mi dirección de calendario")
        case .eventFeedReplace: .init(en: "Replace the address (the old one stops working)", es: "Reemplazar la dirección (la anterior deja de funcionar)")
        case .eventFeedMade: .init(en: "Your private calendar address is ready.", es: "Su dirección de calendario privado está lista.")
        case .eventRemindersOnFlash: .init(en: "We will email you a reminder before the event.", es: "Le enviaremos un recordatorio antes del evento.")
        case .eventRemindersOffFlash: .init(en: "No reminder will be sent for this event.", es: "No se enviará recordatorio para este evento.")
        case .eventRemindersAreOn: .init(en: "You will get an email reminder before the event.", es: "Recibirá un recordatorio por correo antes del evento.")
        case .eventRemindersAreOff: .init(en: "Reminders are off for this event.", es: "Los recordatorios están apagados para este evento.")
        case .eventRemindersTurnOff: .init(en: "Turn the reminder off", es: "Apagar el recordatorio")
        case .eventRemindersTurnOn: .init(en: "Send me a reminder", es: "Enviarme un recordatorio")
        case .eventKindAll: .init(en: "All kinds", es: "Todos los tipos")
        case .eventSeriesAll: .init(en: "Part of: {series}", es: "Parte de: {series}")
        case .eventMaterialsTitle: .init(en: "Recordings, slides and links", es: "Grabaciones, presentaciones y enlaces")
        case .eventRemindMe: .init(en: "Email me a reminder before the event", es: "Enviarme un recordatorio antes del evento")
        case .optionalField: .init(en: "optional", es: "opcional")
        case .yes: .init(en: "Yes", es: "Sí")
        case .no: .init(en: "No", es: "No")
        case .remove: .init(en: "Remove", es: "Quitar")
        case .search: .init(en: "Search", es: "Buscar")
        case .eventKindMeeting: .init(en: "Meeting", es: "Reunión")
        case .eventKindWebinar: .init(en: "Webinar", es: "Seminario web")
        case .eventKindSummit: .init(en: "Summit", es: "Cumbre")
        case .eventKindTraining: .init(en: "Training", es: "Capacitación")
        case .eventKindOther: .init(en: "Other", es: "Otro")
        case .eventMaterialRecording: .init(en: "recording", es: "grabación")
        case .eventMaterialSlides: .init(en: "slides", es: "presentación")
        case .eventMaterialLink: .init(en: "link", es: "enlace")
        case .navEventsStaff: .init(en: "Manage events", es: "Administrar eventos")
        case .eventAudienceLabel: .init(en: "Who may register", es: "Quién puede inscribirse")
        case .eventAudiencePublic: .init(en: "Everyone (public)", es: "Todos (público)")
        case .eventAudienceMembers: .init(en: "Members with an account", es: "Miembros con cuenta")
        case .eventAudienceOrganizations: .init(en: "Organization representatives only", es: "Solo representantes de organizaciones")
        case .eventCancelEvent: .init(en: "Cancel this event", es: "Cancelar este evento")
        case .eventCancelHint: .init(en: "Everyone registered is emailed and the event is removed from their calendars. This cannot be undone.", es: "Se escribe a todas las personas inscritas y el evento se quita de sus calendarios. No se puede deshacer.")
        case .eventCancelledFlash: .init(en: "The event is cancelled and registrants are being told.", es: "El evento está cancelado y se está avisando a las personas inscritas.")
        case .eventCapacityHint: .init(en: "Leave empty for no limit. When it is full, people go to a waitlist.", es: "Déjelo vacío si no hay límite. Cuando se llena, las personas pasan a la lista de espera.")
        case .eventCheckInButton: .init(en: "Mark arrived", es: "Marcar llegada")
        case .eventCheckInCount: .init(en: "{arrived} of {total} have arrived.", es: "Han llegado {arrived} de {total}.")
        case .eventCheckInSearch: .init(en: "Find by name or email", es: "Buscar por nombre o correo")
        case .eventCheckInTitle: .init(en: "Check-in at the door", es: "Registro de llegada")
        case .eventCheckInUndo: .init(en: "Undo", es: "Deshacer")
        case .eventCheckInUndoneFlash: .init(en: "{name} is no longer marked as arrived.", es: "{name} ya no está marcado como presente.")
        case .eventCheckedIn: .init(en: "Arrived", es: "Llegó")
        case .eventCheckedInFlash: .init(en: "{name} has arrived.", es: "{name} llegó.")
        case .eventCounts: .init(en: "{confirmed} registered of {capacity} seats · {waitlisted} waiting", es: "{confirmed} inscritos de {capacity} lugares · {waitlisted} en espera")
        case .eventDayLabel: .init(en: "Day", es: "Día")
        case .eventDescriptionLabel: .init(en: "Description", es: "Descripción")
        case .eventEdit: .init(en: "Edit the event", es: "Editar el evento")
        case .eventEditHint: .init(en: "People registered get an updated invite when you save a change.", es: "Las personas inscritas reciben una invitación actualizada cuando guarda un cambio.")
        case .eventEndLabel: .init(en: "Ends at", es: "Termina a las")
        case .eventExportCSV: .init(en: "Download registrants (CSV)", es: "Descargar inscritos (CSV)")
        case .eventKindLabel: .init(en: "Kind", es: "Tipo")
        case .eventMaterialAdd: .init(en: "Add", es: "Agregar")
        case .eventMaterialAddedFlash: .init(en: "Added. It shows on the event page once the event is over.", es: "Agregado. Aparece en la página del evento cuando termina.")
        case .eventMaterialKind: .init(en: "What it is", es: "Qué es")
        case .eventMaterialURL: .init(en: "Address (https://…)", es: "Dirección (https://…)")
        case .eventMaterialsHint: .init(en: "Shown on the event page after the event.", es: "Se muestran en la página del evento después del evento.")
        case .eventMessageBody: .init(en: "Message", es: "Mensaje")
        case .eventMessageIncludeWaitlist: .init(en: "Also send to the waitlist", es: "Enviar también a la lista de espera")
        case .eventMessageSend: .init(en: "Send", es: "Enviar")
        case .eventMessageSentFlash: .init(en: "Message queued for {count} people.", es: "Mensaje en cola para {count} personas.")
        case .eventMessageSubject: .init(en: "Subject", es: "Asunto")
        case .eventMessageTitle: .init(en: "Message the registrants", es: "Escribir a las personas inscritas")
        case .eventNew: .init(en: "New event", es: "Nuevo evento")
        case .eventOnlineLinkHint: .init(en: "Sent only to confirmed registrants; never shown on public pages.", es: "Se envía solo a las personas confirmadas; nunca aparece en páginas públicas.")
        case .eventOnlineLinkLabel: .init(en: "Online meeting link", es: "Enlace de la reunión en línea")
        case .eventPublicPage: .init(en: "Public page", es: "Página pública")
        case .eventQuestionChoice: .init(en: "One of several choices", es: "Una de varias opciones")
        case .eventQuestionChoices: .init(en: "Choices, separated by ;", es: "Opciones, separadas por ;")
        case .eventQuestionKind: .init(en: "Kind of answer", es: "Tipo de respuesta")
        case .eventQuestionPrompt: .init(en: "Question {number}", es: "Pregunta {number}")
        case .eventQuestionRequired: .init(en: "Required", es: "Obligatoria")
        case .eventQuestionText: .init(en: "Short text", es: "Texto corto")
        case .eventQuestionYesNo: .init(en: "Yes or no", es: "Sí o no")
        case .eventQuestionsHint: .init(en: "For example: do you need language interpretation? Any accessibility needs? Leave a question empty to skip it.", es: "Por ejemplo: ¿necesita interpretación de idioma? ¿Alguna necesidad de accesibilidad? Deje una pregunta vacía para omitirla.")
        case .eventQuestionsLabel: .init(en: "Questions on the registration form", es: "Preguntas en el formulario de inscripción")
        case .eventRegistrants: .init(en: "Registrants and waitlist", es: "Inscritos y lista de espera")
        case .eventReminderDays: .init(en: "{count} day(s) before", es: "{count} día(s) antes")
        case .eventReminderHours: .init(en: "{count} hour(s) before", es: "{count} hora(s) antes")
        case .eventReminderLabel: .init(en: "Email reminder", es: "Recordatorio por correo")
        case .eventReminderNone: .init(en: "No reminder", es: "Sin recordatorio")
        case .eventRepeatHint: .init(en: "Only for “Custom rule”: for example FREQ=MONTHLY;BYDAY=TH;BYSETPOS=2;COUNT=12 (every 2nd Thursday, 12 times). Each date becomes its own event that can be moved or cancelled alone.", es: "Solo para “Regla personalizada”: por ejemplo FREQ=MONTHLY;BYDAY=TH;BYSETPOS=2;COUNT=12 (cada 2.º jueves, 12 veces). Cada fecha es su propio evento, que se puede mover o cancelar por separado.")
        case .eventRepeatLabel: .init(en: "Repeat rule", es: "Regla de repetición")
        case .eventSavedFlash: .init(en: "The event is saved.", es: "El evento está guardado.")
        case .eventSeriesHint: .init(en: "Optional: events with the same series title are listed together, such as the parts of a webinar series.", es: "Opcional: los eventos con el mismo título de serie aparecen juntos, como las partes de una serie de seminarios web.")
        case .eventSeriesLabel: .init(en: "Series title", es: "Título de la serie")
        case .eventSeriesSavedFlash: .init(en: "The series is saved: {count} dates.", es: "La serie está guardada: {count} fechas.")
        case .eventStartLabel: .init(en: "Starts at", es: "Empieza a las")
        case .eventTimeZoneLabel: .init(en: "Time zone", es: "Zona horaria")
        case .eventTitleLabel: .init(en: "Title", es: "Título")

        case .errorTitle: .init(en: "Something went wrong", es: "Algo salió mal")
        case .errorBadRequest: .init(en: "The request could not be understood.", es: "No se pudo entender la solicitud.")
        case .errorUnauthorized: .init(en: "Please sign in to see this page.", es: "Inicie sesión para ver esta página.")
        case .errorForbidden: .init(en: "You do not have permission to do that.", es: "No tiene permiso para hacer eso.")
        case .errorNotFound: .init(en: "We could not find that page.", es: "No encontramos esa página.")
        case .errorPayloadTooLarge: .init(en: "What you sent is too large.", es: "Lo que envió es demasiado grande.")
        case .errorTooManyRequests: .init(en: "Too many requests. Please wait a few minutes.", es: "Demasiadas solicitudes. Espere unos minutos.")
        case .errorServer: .init(en: "An error happened on our side. Please try again.", es: "Ocurrió un error de nuestra parte. Intente de nuevo.")
        case .errorBusy: .init(en: "The site is very busy right now. Nothing was saved; please try again in a few seconds.",
                               es: "El sitio está muy ocupado en este momento. No se guardó nada; intente de nuevo en unos segundos.")
        case .errorCSRF:
            .init(en: "This form expired. Go back, reload the page and send it again.",
                  es: "Este formulario venció. Regrese, recargue la página y envíelo otra vez.")
        case .errorMalformedJSON: .init(en: "The request body is not valid JSON.", es: "El cuerpo de la solicitud no es JSON válido.")
        case .errorGoHome: .init(en: "Go to the home page", es: "Ir a la página de inicio")
        }
    }
}
