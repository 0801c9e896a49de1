// Every UI string, keyed by a typed case. The keys are declared here, grouped by capability; each
// capability's English and Spanish live in its own file under `Catalog/`. `CatalogTests` checks
// that exactly one catalog translates every key, that neither language is empty, and that both
// name the same `{placeholders}`.

public enum L10n: String, CaseIterable, Sendable {
    // Communications: mailing lists and newsletters
    case emailWhyList, emailWhyListConfirmation, listsTitle, navLists, navListsStaff, listsLead
    case listMembersOnly, listKindAnnouncement, listKindDiscussion, listKindAnnouncementHint, listKindDiscussionHint, listVisibilityPublic
    case listVisibilityMembers, listPolicyOpen, listPolicyApproval, listPolicyInvitation, listKindLabel, listVisibilityLabel
    case listPolicyLabel, listKindInvalid, listVisibilityInvalid, listPolicyInvalid, listSlugLabel, listSlugHint
    case listSlugInvalid, listSlugTaken, listNameEsLabel, listDescriptionLabel, listDescriptionEsLabel, listLanguageLabel
    case listSubscribeTitle, listApprovalHint, listSubscribeAs, listSubscribeButton, listYouAreSubscribed, listInvitationOnly
    case listRecentIssues, listArchiveTitle, listArchiveOf, listArchiveFeed, listCheckEmailTitle, listCheckEmailBody
    case listSubscribedFlash, listAwaitingApprovalFlash, listConfirmSubject, listConfirmBody, listConfirmLink, listConfirmTitle
    case listConfirmLead, listConfirmButton, listConfirmedTitle, listConfirmedBody, listConfirmedAwaitingBody, listLinkInvalidTitle
    case listLinkInvalidBody, listUnsubscribeTitle, listUnsubscribeLead, listUnsubscribeButton, listAlreadyUnsubscribed, listUnsubscribedTitle
    case listUnsubscribedFlash, listRejoinLink, listUnsubscribeLink, listPreferencesLink, listPageLink, listPreferencesTitle
    case listPreferencesLead, listHeldTitle, listHeldBody, listNoBulkTitle, listNoBulkIsOn, listNoBulkIsOff
    case listNoBulkTurnOn, listNoBulkTurnOff, listNoBulkOnFlash, listNoBulkOffFlash, listStatusConfirmed, listStatusPending
    case listStatusAwaitingApproval, listStatusUnsubscribed, listStatusNotSubscribed, listLeaveButton, listJoinButton, staffListsTitle
    case listWaiting, listNewTitle, listCreateButton, listCreatedFlash, listPublicPage, listSubscribersTitle
    case listAllStatuses, listExportLink, listStatusLabel, listConsentLabel, listActionsLabel, listApproveButton
    case listAddSubscriberTitle, listAddSubscriberButton, listConsentNoteLabel, listConsentNoteHint, listConsentNoteRequired, listSubscriberAddedFlash
    case listSettingsTitle, listDeleteButton, listDeleteHeading, listDeleteConsequence, listDeletedFlash, listImportTitle
    case listImportHint, listImportFileLabel, listImportBasisLabel, listImportModeLabel, listImportDryRun, listImportCommit
    case listImportButton, listImportDone, listImportDryRunClean, listImportHasProblems, listImportCounts, listImportLine
    case listImportBasisRequired, listImportNotCSV, listImportEmpty, listImportNoEmailColumn, listImportTooMany, listImportDuplicate
    case listImportedFlash, newslettersTitle, newsletterNewTitle, newsletterSaveDraft, newsletterSubjectLabel, newsletterMarkdownLabel
    case newsletterSubjectEsLabel, newsletterMarkdownEsLabel, newsletterMarkdownHint, newsletterSpanishIncomplete, newsletterTooLong, newsletterScheduleInPast
    case newsletterScheduleInvalid, newsletterScheduleLabel, newsletterStatusDraft, newsletterStatusScheduled, newsletterStatusSending, newsletterStatusSent
    case newsletterStatusCancelled, newsletterRecipients, newsletterQueued, newsletterSent, newsletterBounced, newsletterPreviewIn
    case newsletterFallbackNote, newsletterEditTitle, newsletterTestTitle, newsletterSendTest, newsletterTestPrefix, newsletterTestSentFlash
    case newsletterWhenTitle, newsletterWillReach, newsletterSchedule, newsletterSendNow, newsletterCancel, newsletterSendHeading
    case newsletterSendConsequence, newsletterSendingFlash, newsletterScheduledFlash, newsletterCancelledFlash, newsletterNotEditable, newsletterReadOnline
    case listHeldPostsTitle, listPostApprove, listPostReject, listPostApprovedFlash, listPostCannotApprove, listPostRejectedFlash
    case listDiscussionSettings, listModerateFirstPosts, listFromLabel, listRewriteFromAlways, newsletterOnlyInOtherLanguage
    case listOwnersTitle, listOwnersHint, listOwnersNone, listOwnerEmailLabel, listOwnerOrganizationLabel
    case listOwnerAddButton, listOwnerRemoveButton, listOwnerAddedFlash, listOwnerRemovedFlash, listOwnerUnknownPerson
    case listOwnerNothingNamed, organizationRepresentativesTitle, organizationRepresentativesHint, organizationRepresentativesNone, organizationRepresentativeEmailLabel
    case organizationRepresentativeAdd, organizationRepresentativeRemove, organizationRepresentativeAddedFlash, organizationRepresentativeRemovedFlash, organizationRepresentativeUnknown
    case organizationRepresentativeNoRole
    case registryStaffMatches, segmentWriteToThese, segmentKindRegistry, segmentKindCohort, segmentKindEvent, segmentKindRepresentatives
    case segmentKindLapsing, segmentDaysOutOfRange, segmentLapsingWithin, segmentStopLink, segmentWhyRegistry, segmentWhyCohort
    case segmentWhyEvent, segmentWhyRepresentatives, segmentWhyLapsing, segmentStopTitle, segmentStopLead, segmentMessagesTitle
    case segmentMessagesLead, segmentNew, segmentAudience, segmentWhoLegend, segmentDaysLabel, segmentDaysHint
    case segmentOptedOut, segmentWithoutEmail, segmentSendHeading, segmentSendConsequence, segmentSendOptedOut, navMessagesStaff

    // Layout
    case skipToContent, mainNavigation, languageLabel, switchLanguage, menu
    case navHome, navSignIn, navSignUp, navSignOut, navProfile, navAdminRoles, navAuditLog, navContact
    case footerContact, antiFraudNotice, antiFraudReport
    case signedInAs, emailNotVerifiedBanner, resendVerification

    // Home
    case homeLead, homeWhatTitle, homeWhatRegistry, homeWhatTraining, homeWhatEvents
    case homeWhatLanguages, homeFree, homeGetStarted
    case homeTaskFind, homeTaskFindHint, homeTaskVerify, homeTaskVerifyHint, homeTaskCourses, homeTaskCoursesHint
    case homeTaskEvents, homeTaskEventsHint, homeHello, homeNextStep, homeQueuesTitle, homeQueueRegistry, homeQueueEnrollments
    case homeQueueHours, homeQueueLogs, homeQueueEmpty, homeQueueWaiting, homeRegistryNumber, homeRegistrySee, homeNextEvent
    case homeNoEvent, homeStepVerifyEmail, homeStepRegistry, homeStepRegistryChanges, homeStepLogPracticum, homeStepKeepGoing
    case homeStepWaitCourse, homeStepCourse, homeStepEvent, homeStepEvents

    // Forms, common
    case formErrorSummary, fieldRequired, emailLabel, passwordLabel, nameLabel
    case preferredLanguageLabel, save, saved, cancel, previousPage, nextPage, pageOf, noResults
    case optionalField, yes, no, remove, search, textTooLong, reasonForPersonLabel, reasonRequired

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
    case directoryResults, directoryMapTitle, directoryMapLead, directoryMapCounty, directoryMapLegend, directoryMapNone
    case directoryMapList, directoryMapListEmpty

    // Spanish beside staff-written English (issue 20)
    case spanishVersionHint, trainingCohortNameEs, trainingTopicEs, eventSeriesLabelEs, eventQuestionPromptEs
    case eventQuestionChoicesEs, eventQuestionChoicesEsMismatch

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
    case registryChooseLanguage, registryChooseCounty, registryUnknownLanguage, registryUnknownCounty, registryPhoneInvalid, registryOtherTitleRequired
    case privacyRefusedSSN, privacyRefusedTaxID, privacyRefusedCard
    case registryStaffTitle, registryStaffNew, registryStaffFilterStatus, registryStaffCreate, registryStaffSaved
    case registryReviewTitle, registryReviewApprove, registryReviewRequestChanges
    case registryReviewDecline, registryReviewInactive, registryReviewSuspend, registryReviewReactivate
    case registryStatusNotAllowed, registryHistory, registryStatusChanged
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
    case hoursOutsideCohort, hoursTitle, hoursLead, hoursYourReports, practicumLogTitle, hoursKind, hoursKindCE, hoursKindWork
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
    case trainingActions
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
    case eventAnswerNotAChoice, eventReminderInvalid, eventQuestionPromptMissing, eventQuestionChoicesMissing, eventQuestionsInvalid, eventEmailReminderSubject, eventEmailReminderBody, myEventsTitle, myEventsVerifyHint, eventFeedTitle, eventFeedHint, eventFeedMake, eventFeedReplace, eventFeedMade, eventRemindersOnFlash, eventRemindersOffFlash, eventRemindersAreOn, eventRemindersAreOff, eventRemindersTurnOff, eventRemindersTurnOn, eventKindAll, eventSeriesAll, eventMaterialsTitle, eventRemindMe, eventKindMeeting, eventKindWebinar, eventKindSummit, eventKindTraining
    case eventKindOther, eventMaterialRecording, eventMaterialSlides, eventMaterialLink, navEventsStaff, eventAudienceLabel, eventAudiencePublic, eventAudienceMembers, eventAudienceOrganizations, eventCancelEvent, eventCancelHint, eventCancelledFlash, eventCapacityHint, eventCheckInButton, eventCheckInCount, eventCheckInSearch, eventCheckInTitle, eventCheckInUndo, eventCheckInUndoneFlash, eventCheckedIn, eventCheckedInFlash, eventCounts, eventDayLabel, eventDescriptionLabel, eventEdit, eventEditHint, eventEndLabel, eventExportCSV, eventKindLabel, eventMaterialAdd, eventMaterialAddedFlash, eventMaterialKind, eventMaterialURL
    case eventMaterialsHint, eventMessageBody, eventMessageIncludeWaitlist, eventMessageSend, eventMessageSentFlash, eventMessageSubject, eventMessageTitle, eventNew, eventOnlineLinkHint, eventOnlineLinkLabel, eventPublicPage, eventQuestionChoice, eventQuestionChoices, eventQuestionKind, eventQuestionPrompt, eventQuestionRequired, eventQuestionText, eventQuestionYesNo, eventQuestionsHint, eventQuestionsLabel, eventRegistrants, eventReminderDays, eventReminderHours, eventReminderLabel, eventReminderNone, eventRepeatHint, eventRepeatLabel, eventSavedFlash, eventSeriesHint, eventSeriesLabel, eventSeriesSavedFlash, eventStartLabel, eventTimeZoneLabel, eventTitleLabel

    // Design system, navigation groups, the style guide
    case officialLineDefault, navGroupFind, navGroupMine, navGroupWork, navGroupAccount, navMyAccount, navStyleguide
    case warningPrefix, change, errorSummaryTitle
    case styleguideTitle, styleguideLead, styleguideTones, styleguideButtons, styleguidePanels, styleguideSummary
    case styleguideDates, styleguideProgress, styleguideText, styleguideForms, styleguideToneSuccess, styleguideToneWarning
    case styleguideToneDanger, styleguideToneNeutral, styleguideToneInfo, styleguideSampleInset, styleguideSampleWarning
    case styleguideSampleProgress, styleguideSampleProgressText

    // Verification answers
    case verifyCheckedOn, verifyAnother, verifyMeansValid, verifyMeansValidUntil, verifyMeansExpired, verifyMeansRevoked

    // Confirmations before destructive actions
    case confirmGoBack, confirmWithdrawHeading, confirmWithdrawConsequence, confirmWithdrawRecord, confirmWithdrawButton
    case confirmCancelRegistrationHeading, confirmCancelRegistrationConsequence, confirmCancelRegistrationButton
    case confirmCancelEventHeading, confirmCancelEventConsequence, confirmCancelEventFeeds, confirmCancelEventButton
    case confirmRevokeHeading, confirmRevokeConsequence, confirmRevokeButton
    case confirmStatusHeading, confirmSuspendConsequence, confirmInactiveConsequence, confirmStatusEmailed, confirmStatusButton
    case confirmStaffWithdrawHeading, confirmStaffWithdrawConsequence

    // Cohorts' application deadline
    case trainingApplicationsClosed, trainingApplicationsCloseAfterEnd, trainingApplicationsCloseLabel, trainingApplicationsCloseHint
    case trainingApplicationsCloseOn, trainingInPerson

    // Why an email came, for people without an account
    case emailWhyEventRegistration, emailWhyRegistryEntry, emailWhyContactForm

    // Plural-free wording for an event with no seat limit
    case eventCountsNoLimit, eventSeriesNext, inEnglish, eventSpanishMissing

    // A recurring series' rule in words
    case eventRuleDaily, eventRuleEveryNDays, eventRuleWeekly, eventRuleEveryNWeeks, eventRuleMonthlyPosition, eventRuleMonthDays,
         eventRuleAnd, eventRuleFirst, eventRuleSecond, eventRuleThird, eventRuleFourth, eventRuleFifth

    // Progress bars
    case attendanceTakeToday, attendanceAllPresent
    case progressHoursOf, progressAttendanceOf, competencyRoles, competencySkills, competencyCovered, competencyNotYet

    // /registry/me: what happens next, and the summary
    case registryNextApplied, registryNextChanges, registryNextActive, registryNextInactive, registryNextSuspended, registryNextDeclined
    case registryNoneChosen, registryListedYes, registryListedNo

    // /registry/apply in steps, then "check your answers"
    case registryStepAbout, registryStepLanguages, registryStepPlaces, registryStepDirectory, registryStepCheck, registryStepOf
    case registryStepContinue, registryStepBack, registryMoreLanguages, registryCheckLead, registryDirectoryShows, registryCountyRegionsHint

    // The registry follows training
    case registryTrainingMet, registryTrainingInProgress, registryApproveMidCourseReason

    // The directory's note about a shared link's unknown filters
    case directoryIgnoredFilters

    // Event states, as tags
    case eventStateOpen, eventStateFull, eventStatePast, eventStateCancelled

    // Coalition: membership, groups, meetings, minutes, action items
    case navCoalition, navCoalitionStaff, navMyOrganization, coalitionTitle, coalitionGoalTitle, coalitionObjectivesTitle
    case coalitionObjectiveProgress, coalitionRolesTitle, coalitionFocusAreasTitle, coalitionGroupsTitle
    case coalitionStructureTitle, coalitionPrinciplesTitle, coalitionJoinTitle, coalitionJoinButton, coalitionAntiFraud
    case coalitionJoinLead, coalitionYourMemberships, coalitionJoinAsPerson, coalitionJoinAsOrganization, coalitionJoinKind
    case coalitionJoinKindInvalid, coalitionJoinLinkRegistry, coalitionJoinOrganizationHeading, coalitionJoinOrganizationHint
    case coalitionJoinSubscribe, coalitionJoinedFlash, coalitionAppliedFlash, coalitionAlreadyMember
    case coalitionOrganizationAlreadyMember, coalitionVerifyFirst, coalitionVerifyLink, coalitionStatusApplied
    case coalitionStatusMember, coalitionStatusInactive, coalitionGroupMembers, coalitionRoleChair, coalitionRoleCoChair
    case coalitionRoleLead, coalitionRoleMember, coalitionRoleGuest, coalitionUpcomingMeetings, coalitionNoMeetings
    case coalitionOpenActionItems, coalitionNoActionItems, coalitionCompiledMinutes, coalitionMinutesSearch, coalitionNoMinutes
    case coalitionDateInvalid, coalitionTermBackwards, coalitionSeatHolderOne, coalitionSeatRoleInvalid, coalitionPersonUnknown
    case coalitionOrganizationUnknown, coalitionCohortClosed, coalitionProposalKindInvalid, coalitionProposalSentFlash
    case coalitionStaffTitle, coalitionMembershipsTitle, coalitionMembershipCounts, coalitionMembershipStatus
    case coalitionMembershipDecide, coalitionApprove, coalitionDeactivate, coalitionDecisionSavedFlash
    case coalitionDecisionUnchanged, coalitionGroupSeatCount, coalitionTextsTitle, coalitionTextsSavedFlash, contentEnglish
    case contentSpanish, spanishNotYetTranslated, coalitionGroupPublicPage, coalitionSeatsTitle, coalitionSeatRole
    case coalitionSeatTerm, coalitionSeatPerson, coalitionSeatOrganization, coalitionSeatFrom, coalitionSeatTo, coalitionAddSeat
    case coalitionEndSeat, coalitionSeatEnded, coalitionGroupSavedFlash, coalitionNamedTitle, coalitionNamedTitleEs
    case coalitionActivities, coalitionActivitiesEs, coalitionNamedOrganizations, coalitionAddRole, coalitionAddFocusArea
    case emailWhyCoalition, eventAudienceGroup, eventAudienceGroupRepresentatives, meetingAudienceOpen, eventGroupLabel
    case eventGroupNone, eventGroupRequired, eventGroupUnknown, listVisibilityGroup, registryConsentSharesStanding
    case meetingRegisterLink, meetingAgendaTitle, meetingAgendaNone, meetingMinutesCount, meetingAttachment, meetingMoveUp
    case meetingMoveDown, meetingItemTitle, meetingItemTitleEs, coalitionGroupSlugInvalid, coalitionGroupKindInvalid, coalitionGroupSlugTaken, coalitionGroupSlugFixed, coalitionGroupNew, coalitionGroupAbout, coalitionGroupSlugLabel, coalitionGroupKindLabel, coalitionGroupNameLabel, coalitionGroupNameEsLabel, coalitionGroupPurposeLabel, coalitionGroupPurposeEsLabel, coalitionGroupMake, coalitionGroupKindSteering, coalitionGroupKindCommittee, coalitionGroupKindWorkgroup, coalitionGroupMadeFlash, meetingMinutesItemUnknown, meetingMinutesNothingToApprove, actionItemTitleEs, meetingItemPresenter, meetingItemMinutes, meetingItemAttachment, meetingAddItem
    case meetingItemAddedFlash, meetingMinutesAllottedInvalid, meetingAgendaTooLong, meetingAgendaEmpty, meetingSendAgenda
    case meetingAgendaSentAt, meetingAgendaSentFlash, meetingAttendanceTitle, meetingAttendanceNone, meetingMinutesTitle
    case meetingMinutesApproved, meetingMinutesDraft, meetingMinutesNotYet, meetingDiscussion, meetingDecisions
    case meetingDiscussionTranslated, meetingDecisionsTranslated, meetingSaveMinutes, meetingApproveMinutes
    case meetingMinutesSavedFlash, meetingMinutesApprovedFlash, meetingMinutesAlreadyApproved, meetingActionItemsTitle
    case meetingActionOwnerOne, meetingGuestsTitle, meetingGuestsHint, meetingInviteGuest, meetingGuestInvitedFlash
    case meetingGuestAlreadyInvited, meetingGuestsNotHere, meetingOpen, meetingReadMinutes, meetingAgendaMailSubject
    case meetingAgendaMailLead, meetingMinutesMailSubject, meetingMinutesMailLead, meetingInvitationMailSubject
    case meetingInvitationMailLead, meetingInvitationRegister, actionItemTitle, actionItemOwner, actionItemDue, actionItemStatus
    case actionItemOpen, actionItemDone, actionItemNoOwner, actionItemMarkDone, actionItemReopen, actionItemOwnerEmail
    case actionItemOwnerOrganization, actionItemAdd, actionItemAddedFlash, actionItemUpdatedFlash, actionItemStatusInvalid
    case actionItemReminderSubject, actionItemReminderLead, myOrganizationTitle, myOrganizationPeople, myOrganizationPeopleHint
    case myOrganizationNoPeople, myOrganizationRegistryStatus, myOrganizationCertificate, myOrganizationLapses
    case myOrganizationSeats, myOrganizationNoSeats, myOrganizationLeads, myOrganizationProposals, proposalKindLabel
    case proposalKindNomination, proposalKindSite, proposalCohort, proposalName, proposalContact, proposalContactHint
    case proposalDetails, proposalSend, proposalStatusProposed, proposalStatusAccepted, proposalStatusDeclined

    // Errors
    case errorTitle, errorBadRequest, errorUnauthorized, errorForbidden, errorNotFound
    case errorPayloadTooLarge, errorTooManyRequests, errorServer, errorBusy, errorCSRF, errorMalformedJSON
    case errorGoHome

    /// Each capability's catalog, asked in turn.
    static let catalogs: [@Sendable (L10n) -> Translation?] = [
        commonCatalog, designSystemCatalog, accountsCatalog, auditCatalog, registryCatalog, trainingCatalog, eventsCatalog, communicationsCatalog,
        coalitionCatalog,
    ]

    public var translation: Translation {
        for catalog in Self.catalogs {
            if let translation = catalog(self) { return translation }
        }
        // Unreachable while CatalogTests pass; the key's name is better than a crash.
        return Translation(en: rawValue, es: rawValue)
    }
}
