// The strings of the registry: verification, the directory, registry forms and review, credentials, import and export, in English and Spanish. Keys are declared in `L10n`;
// `CatalogTests` checks that exactly one catalog translates each.

extension L10n {
    static func registryCatalog(_ key: L10n) -> Translation? {
        switch key {
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
        case .registryNextApplied:
            .init(en: "What happens next: staff review your application and email you their decision. You can still change your answers below.",
                  es: "Lo que sigue: el personal revisa su solicitud y le envía su decisión por correo. Todavía puede cambiar sus respuestas abajo.")
        case .registryNextChanges:
            .init(en: "What happens next: change what staff asked for below and send it again; they will review it once more.",
                  es: "Lo que sigue: cambie abajo lo que pidió el personal y envíelo de nuevo; lo revisarán otra vez.")
        case .registryNextActive:
            .init(en: "You are in the registry. The directory shows only what you chose to share.",
                  es: "Usted está en el registro. El directorio muestra solo lo que eligió compartir.")
        case .registryNextInactive:
            .init(en: "Your entry is inactive and not in the directory. Write to us to make it active again.",
                  es: "Su inscripción está inactiva y no aparece en el directorio. Escríbanos para activarla de nuevo.")
        case .registryNextSuspended:
            .init(en: "Your membership is suspended and you are not in the directory. Write to us with any questions.",
                  es: "Su inscripción está suspendida y no aparece en el directorio. Escríbanos si tiene preguntas.")
        case .registryNextDeclined:
            .init(en: "Your application was not approved. Write to us if you would like to talk about it.",
                  es: "Su solicitud no fue aprobada. Escríbanos si desea hablar al respecto.")
        case .registryNoneChosen: .init(en: "None chosen", es: "Nada elegido")
        case .registryListedYes: .init(en: "Listed in the public directory", es: "Aparece en el directorio público")
        case .registryListedNo: .init(en: "Not listed in the public directory", es: "No aparece en el directorio público")
        case .registryStepAbout: .init(en: "About you", es: "Sus datos")
        case .registryStepLanguages: .init(en: "Languages you speak", es: "Idiomas que habla")
        case .registryStepPlaces: .init(en: "Where you work", es: "Dónde trabaja")
        case .registryStepDirectory: .init(en: "Organizations and the public directory", es: "Organizaciones y el directorio público")
        case .registryStepCheck: .init(en: "Check your answers", es: "Revise sus respuestas")
        case .registryStepOf: .init(en: "Step {step} of {steps}", es: "Paso {step} de {steps}")
        case .registryStepContinue: .init(en: "Continue", es: "Continuar")
        case .registryStepBack: .init(en: "Back", es: "Atrás")
        case .registryMoreLanguages: .init(en: "More languages ({count})", es: "Más idiomas ({count})")
        case .registryCheckLead: .init(en: "Nothing is sent until you press the button below. Change anything that is not right.",
                                       es: "No se envía nada hasta que oprima el botón de abajo. Cambie lo que no esté bien.")
        case .registryDirectoryShows: .init(en: "The directory shows", es: "El directorio muestra")
        case .registryCountyRegionsHint: .init(en: "Open your region to choose its counties. You can choose counties in more than one region.",
                                               es: "Abra su región para elegir sus condados. Puede elegir condados de más de una región.")
        case .registryTrainingMet: .init(en: "Training requirement met: certificate {number}", es: "Requisito de capacitación cumplido: certificado {number}")
        case .registryTrainingInProgress:
            .init(en: "Still in the core course ({cohort}) with no certificate yet. Approving now needs a reason.",
                  es: "Todavía cursa el curso básico ({cohort}) y aún no tiene certificado. Para aprobar ahora hace falta un motivo.")
        case .registryApproveMidCourseReason:
            .init(en: "This person has not finished the core course. Say why you are approving now.",
                  es: "Esta persona no ha terminado el curso básico. Indique por qué aprueba ahora.")
        case .directoryIgnoredFilters:
            .init(en: "This link asked for filters that are not on our lists, so we searched without them:",
                  es: "Este enlace pedía filtros que no están en nuestras listas, así que buscamos sin ellos:")
        case .verifyCheckedOn: .init(en: "Checked on {date}.", es: "Consultado el {date}.")
        case .verifyAnother: .init(en: "Verify another number", es: "Verificar otro número")
        case .verifyMeansValid: .init(en: "This certificate is valid and does not expire.", es: "Este certificado es válido y no vence.")
        case .verifyMeansValidUntil: .init(en: "This certificate is valid until {date}.", es: "Este certificado es válido hasta el {date}.")
        case .verifyMeansExpired:
            .init(en: "This certificate expired on {date}. The training happened; the certificate is no longer current.",
                  es: "Este certificado venció el {date}. La capacitación se realizó; el certificado ya no está vigente.")
        case .verifyMeansRevoked:
            .init(en: "This certificate was revoked by the program and must not be accepted.",
                  es: "El programa revocó este certificado y no debe aceptarse.")
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
        case .directoryResultCount: .init(en: "{count} people found", es: "{count} personas encontradas",
                                          enOne: "{count} person found", esOne: "{count} persona encontrada")
        case .directoryResultCountCapped: .init(en: "More than {count} people found. Add a filter to narrow the list.",
                                                es: "Más de {count} personas encontradas. Añada un filtro para acotar la lista.")
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
        case .directoryMapTitle: .init(en: "Where listed CHWs work", es: "Dónde trabajan las personas del directorio")
        case .directoryMapLead:
            .init(en: "Darker counties have more CHWs listed. Tap a county to see who serves it.",
                  es: "Los condados más oscuros tienen más personas en el directorio. Toque un condado para ver quién lo atiende.")
        case .directoryMapCounty: .init(en: "{county}: {count} CHWs listed", es: "{county}: {count} personas en el directorio",
                                        enOne: "{county}: {count} CHW listed", esOne: "{county}: {count} persona en el directorio")
        case .directoryMapLegend: .init(en: "CHWs listed per county", es: "Personas en el directorio por condado")
        case .directoryMapNone: .init(en: "None", es: "Ninguna")
        case .directoryMapList: .init(en: "The counties as a list", es: "Los condados en una lista")
        case .directoryMapListEmpty: .init(en: "Nobody listed shows a county yet.", es: "Todavía nadie del directorio muestra un condado.")
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
        case .registryReviewApprove: .init(en: "Approve", es: "Aprobar")
        case .registryReviewRequestChanges: .init(en: "Ask for changes", es: "Pedir cambios")
        case .registryReviewDecline: .init(en: "Decline", es: "Rechazar")
        case .registryReviewInactive: .init(en: "Make inactive", es: "Marcar como inactivo")
        case .registryReviewSuspend: .init(en: "Suspend", es: "Suspender")
        case .registryReviewReactivate: .init(en: "Reactivate", es: "Reactivar")
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
        case .importCommit: .init(en: "Import {count} entries", es: "Importar {count} registros", enOne: "Import {count} entry", esOne: "Importar {count} registro")
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
        case .importProblems: .init(en: "{count} problems: nothing will be saved until they are fixed.", es: "{count} problemas: no se guardará nada hasta corregirlos.",
                                    enOne: "{count} problem: nothing will be saved until it is fixed.", esOne: "{count} problema: no se guardará nada hasta corregirlo.")
        case .importLine: .init(en: "Line", es: "Línea")
        case .importColumn: .init(en: "Column", es: "Columna")
        case .importReady: .init(en: "All {count} rows are ready.", es: "Las {count} filas están listas.",
                                 enOne: "The {count} row is ready.", esOne: "La {count} fila está lista.")
        case .importDone: .init(en: "Imported {count} entries.", es: "Se importaron {count} registros.",
                                enOne: "Imported {count} entry.", esOne: "Se importó {count} registro.")
        case .importExpired: .init(en: "This import was already used. Upload the file again.", es: "Esta importación ya se usó. Suba el archivo otra vez.")
        case .exportCSV: .init(en: "Download these as CSV", es: "Descargar en CSV")
        case .importNoFile: .init(en: "Choose a CSV file.", es: "Elija un archivo CSV.")
        case .organizationRepresentativesTitle: .init(en: "Representatives", es: "Representantes")
        case .organizationRepresentativesHint: .init(en: "People who act for this organization: they manage the mailing lists it owns. Each needs an account with the organization representative role.", es: "Personas que actúan por esta organización: administran las listas de correo que le pertenecen. Cada una necesita una cuenta con el rol de representante de organización.")
        case .organizationRepresentativesNone: .init(en: "No representatives linked yet.", es: "Aún no hay representantes vinculados.")
        case .organizationRepresentativeEmailLabel: .init(en: "Email of the representative's account", es: "Correo de la cuenta del representante")
        case .organizationRepresentativeAdd: .init(en: "Link representative", es: "Vincular representante")
        case .organizationRepresentativeRemove: .init(en: "Unlink", es: "Desvincular")
        case .organizationRepresentativeAddedFlash: .init(en: "Representative linked.", es: "Representante vinculado.")
        case .organizationRepresentativeRemovedFlash: .init(en: "Representative unlinked.", es: "Representante desvinculado.")
        case .organizationRepresentativeUnknown: .init(en: "No account has that email address.", es: "Ninguna cuenta tiene ese correo.")
        case .organizationRepresentativeNoRole: .init(en: "That account does not have the organization representative role. An administrator gives it on the people page first.", es: "Esa cuenta no tiene el rol de representante de organización. Primero, un administrador debe asignarlo en la página de personas.")
        default: nil
        }
    }
}
