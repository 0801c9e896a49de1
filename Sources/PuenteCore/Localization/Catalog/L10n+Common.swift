// The strings of the layout, home page, shared form words, contact form, email frame and error pages, in English and Spanish. Keys are declared in `L10n`;
// `CatalogTests` checks that exactly one catalog translates each.

extension L10n {
    static func commonCatalog(_ key: L10n) -> Translation? {
        switch key {
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
        case .homeWhatLanguages:
            .init(en: "Use every page in English or Spanish, on your phone.",
                  es: "Usar cada página en inglés o en español, desde su teléfono.")
        case .homeFree:
            .init(en: "Everything here is free. There are no dues or fees, and you do not need to be employed as a CHW to take part.",
                  es: "Todo aquí es gratuito. No hay cuotas ni pagos, y no necesita tener empleo como promotor(a) para participar.")
        case .homeTaskFind: .init(en: "Find a Community Health Worker", es: "Encontrar un promotor(a) de salud")
        case .homeTaskFindHint: .init(en: "By language, county and community", es: "Por idioma, condado y comunidad")
        case .homeTaskVerify: .init(en: "Verify a certificate", es: "Verificar un certificado")
        case .homeTaskVerifyHint: .init(en: "Check a certificate or registry number", es: "Consultar un número de certificado o de registro")
        case .homeTaskCourses: .init(en: "Courses", es: "Cursos")
        case .homeTaskCoursesHint: .init(en: "The 160-hour core course and continuing education", es: "El curso básico de 160 horas y la educación continua")
        case .homeTaskEvents: .init(en: "Events", es: "Eventos")
        case .homeTaskEventsHint: .init(en: "Meetings, webinars and trainings", es: "Reuniones, seminarios web y capacitaciones")
        case .homeHello: .init(en: "Hello, {name}.", es: "Hola, {name}.")
        case .homeNextStep: .init(en: "Your next step", es: "Su siguiente paso")
        case .homeQueuesTitle: .init(en: "Waiting for you", es: "Pendiente para usted")
        case .homeQueueRegistry: .init(en: "Registry applications to review ({count})", es: "Solicitudes al registro por revisar ({count})")
        case .homeQueueEnrollments: .init(en: "Course applications to decide ({count})", es: "Solicitudes a cursos por decidir ({count})")
        case .homeQueueHours: .init(en: "Reported hours to review ({count})", es: "Horas reportadas por revisar ({count})")
        case .homeQueueLogs: .init(en: "Practicum logs to review ({count})", es: "Registros de práctica por revisar ({count})")
        case .homeQueueEmpty: .init(en: "Nothing waiting", es: "Nada pendiente")
        case .homeQueueWaiting: .init(en: "Open the list", es: "Abrir la lista")
        case .homeRegistryNumber: .init(en: "Registry number {number}", es: "Número de registro {number}")
        case .homeRegistrySee: .init(en: "See your registry entry", es: "Ver su inscripción en el registro")
        case .homeNextEvent: .init(en: "Your next event", es: "Su próximo evento")
        case .homeNoEvent: .init(en: "You are not registered for anything coming up. See the events.", es: "No tiene inscripciones próximas. Vea los eventos.")
        case .homeStepVerifyEmail:
            .init(en: "Confirm your email address with the link we sent you; the button is at the top of the page.",
                  es: "Confirme su correo con el enlace que le enviamos; el botón está arriba en la página.")
        case .homeStepRegistry: .init(en: "Apply to the statewide registry", es: "Solicite su inscripción en el registro estatal")
        case .homeStepRegistryChanges: .init(en: "Staff asked for changes to your registry application", es: "El personal pidió cambios en su solicitud al registro")
        case .homeStepLogPracticum: .init(en: "Log your practicum hours", es: "Registre sus horas de práctica")
        case .homeStepKeepGoing: .init(en: "Keep going in {cohort}: see what is still missing", es: "Siga adelante en {cohort}: vea lo que falta")
        case .homeStepWaitCourse: .init(en: "Your application to {cohort} is waiting for a decision", es: "Su solicitud a {cohort} espera una decisión")
        case .homeStepCourse: .init(en: "Apply to the core-competency course", es: "Solicite el curso de competencias básicas")
        case .homeStepEvent: .init(en: "Get ready for {event}", es: "Prepárese para {event}")
        case .homeStepEvents: .init(en: "Find an event to join", es: "Busque un evento en el que participar")
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
        case .emailWhyEventRegistration:
            .init(en: "You received this message because this address was used to register for an event at {url}.",
                  es: "Recibió este mensaje porque se usó esta dirección para inscribirse en un evento en {url}.")
        case .emailWhyRegistryEntry:
            .init(en: "You received this message because this address is on your entry in the registry at {url}.",
                  es: "Recibió este mensaje porque esta dirección figura en su inscripción en el registro de {url}.")
        case .emailWhyContactForm:
            .init(en: "You received this message because someone wrote to the program through the contact form at {url}.",
                  es: "Recibió este mensaje porque alguien escribió al programa mediante el formulario de contacto de {url}.")
        case .textTooLong: .init(en: "This is too long.", es: "Esto es demasiado largo.")
        case .reasonForPersonLabel: .init(en: "Reason (the person sees it)", es: "Motivo (la persona lo ve)")
        case .reasonRequired: .init(en: "Write a reason the person will understand.", es: "Escriba un motivo que la persona entienda.")
        case .optionalField: .init(en: "optional", es: "opcional")
        case .yes: .init(en: "Yes", es: "Sí")
        case .no: .init(en: "No", es: "No")
        case .remove: .init(en: "Remove", es: "Quitar")
        case .search: .init(en: "Search", es: "Buscar")
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
        default: nil
        }
    }
}
