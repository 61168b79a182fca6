package privacy

// Collection is how personal data reaches the controller.
type Collection string

// Collection values.
const (
	CollectionDataSubject  Collection = "data_subject"
	CollectionOtherSources Collection = "other_sources"
)

var collectionValues = []EnumValue{
	{Value: "data_subject", Title: "From the person", Description: "Collected from the data subject, including by observation such as cookies or cameras (Art. 13)."},
	{Value: "other_sources", Title: "From other sources", Description: "Obtained from someone other than the data subject (Art. 14)."},
}

// Values lists the allowed values of Collection.
func (Collection) Values() []EnumValue { return collectionValues }

// Valid reports whether v is one of the allowed values.
func (v Collection) Valid() bool { return isValue(collectionValues, string(v)) }

// LegalBasis is an Art. 6(1) legal basis.
type LegalBasis string

// LegalBasis values.
const (
	LegalBasisConsent             LegalBasis = "consent"
	LegalBasisContract            LegalBasis = "contract"
	LegalBasisLegalObligation     LegalBasis = "legal_obligation"
	LegalBasisVitalInterests      LegalBasis = "vital_interests"
	LegalBasisPublicTask          LegalBasis = "public_task"
	LegalBasisLegitimateInterests LegalBasis = "legitimate_interests"
)

var legalBasisValues = []EnumValue{
	{Value: "consent", Title: "Consent", Description: "Art. 6(1)(a): the person has consented."},
	{Value: "contract", Title: "Contract", Description: "Art. 6(1)(b): necessary for a contract with the person or steps before one at their request."},
	{Value: "legal_obligation", Title: "Legal obligation", Description: "Art. 6(1)(c): necessary to comply with a legal obligation of the controller."},
	{Value: "vital_interests", Title: "Vital interests", Description: "Art. 6(1)(d): necessary to protect someone's vital interests."},
	{Value: "public_task", Title: "Public task", Description: "Art. 6(1)(e): necessary for a task in the public interest or in the exercise of official authority."},
	{Value: "legitimate_interests", Title: "Legitimate interests", Description: "Art. 6(1)(f): necessary for legitimate interests not overridden by the person's rights."},
}

// Values lists the allowed values of LegalBasis.
func (LegalBasis) Values() []EnumValue { return legalBasisValues }

// Valid reports whether v is one of the allowed values.
func (v LegalBasis) Valid() bool { return isValue(legalBasisValues, string(v)) }

// SpecialCategory is a special category of personal data (Art. 9(1)).
type SpecialCategory string

// SpecialCategory values.
const (
	SpecialCategoryRacialOrEthnicOrigin            SpecialCategory = "racial_or_ethnic_origin"
	SpecialCategoryPoliticalOpinions               SpecialCategory = "political_opinions"
	SpecialCategoryReligiousOrPhilosophicalBeliefs SpecialCategory = "religious_or_philosophical_beliefs"
	SpecialCategoryTradeUnionMembership            SpecialCategory = "trade_union_membership"
	SpecialCategoryGenetic                         SpecialCategory = "genetic"
	SpecialCategoryBiometric                       SpecialCategory = "biometric"
	SpecialCategoryHealth                          SpecialCategory = "health"
	SpecialCategorySexLifeOrOrientation            SpecialCategory = "sex_life_or_orientation"
)

var specialCategoryValues = []EnumValue{
	{Value: "racial_or_ethnic_origin", Title: "Racial or ethnic origin", Description: ""},
	{Value: "political_opinions", Title: "Political opinions", Description: ""},
	{Value: "religious_or_philosophical_beliefs", Title: "Religious or philosophical beliefs", Description: ""},
	{Value: "trade_union_membership", Title: "Trade-union membership", Description: ""},
	{Value: "genetic", Title: "Genetic data", Description: ""},
	{Value: "biometric", Title: "Biometric data", Description: "Biometric data processed to identify a person uniquely."},
	{Value: "health", Title: "Health data", Description: ""},
	{Value: "sex_life_or_orientation", Title: "Sex life or sexual orientation", Description: ""},
}

// Values lists the allowed values of SpecialCategory.
func (SpecialCategory) Values() []EnumValue { return specialCategoryValues }

// Valid reports whether v is one of the allowed values.
func (v SpecialCategory) Valid() bool { return isValue(specialCategoryValues, string(v)) }

// Art9Condition is an Art. 9(2) condition for special-category data.
type Art9Condition string

// Art9Condition values.
const (
	Art9ConditionExplicitConsent             Art9Condition = "explicit_consent"
	Art9ConditionEmploymentSocialSecurity    Art9Condition = "employment_social_security"
	Art9ConditionVitalInterests              Art9Condition = "vital_interests"
	Art9ConditionNotForProfit                Art9Condition = "not_for_profit"
	Art9ConditionMadePublic                  Art9Condition = "made_public"
	Art9ConditionLegalClaims                 Art9Condition = "legal_claims"
	Art9ConditionSubstantialPublicInterest   Art9Condition = "substantial_public_interest"
	Art9ConditionHealthOrSocialCare          Art9Condition = "health_or_social_care"
	Art9ConditionPublicHealth                Art9Condition = "public_health"
	Art9ConditionArchivingResearchStatistics Art9Condition = "archiving_research_statistics"
)

var art9ConditionValues = []EnumValue{
	{Value: "explicit_consent", Title: "Explicit consent", Description: "Art. 9(2)(a)."},
	{Value: "employment_social_security", Title: "Employment and social security law", Description: "Art. 9(2)(b)."},
	{Value: "vital_interests", Title: "Vital interests", Description: "Art. 9(2)(c): the person cannot consent."},
	{Value: "not_for_profit", Title: "Not-for-profit body", Description: "Art. 9(2)(d): members of a foundation, association or other not-for-profit body."},
	{Value: "made_public", Title: "Made public by the person", Description: "Art. 9(2)(e)."},
	{Value: "legal_claims", Title: "Legal claims", Description: "Art. 9(2)(f): legal claims or courts acting in their judicial capacity."},
	{Value: "substantial_public_interest", Title: "Substantial public interest", Description: "Art. 9(2)(g), on the basis of Union or member-state law."},
	{Value: "health_or_social_care", Title: "Health or social care", Description: "Art. 9(2)(h): preventive or occupational medicine, diagnosis, care or treatment."},
	{Value: "public_health", Title: "Public health", Description: "Art. 9(2)(i)."},
	{Value: "archiving_research_statistics", Title: "Archiving, research or statistics", Description: "Art. 9(2)(j), under Art. 89(1)."},
}

// Values lists the allowed values of Art9Condition.
func (Art9Condition) Values() []EnumValue { return art9ConditionValues }

// Valid reports whether v is one of the allowed values.
func (v Art9Condition) Valid() bool { return isValue(art9ConditionValues, string(v)) }

// RecipientRole is the role of a recipient towards the data.
type RecipientRole string

// RecipientRole values.
const (
	RecipientRoleProcessor       RecipientRole = "processor"
	RecipientRoleController      RecipientRole = "controller"
	RecipientRoleJointController RecipientRole = "joint_controller"
	RecipientRolePublicAuthority RecipientRole = "public_authority"
	RecipientRoleGroupCompany    RecipientRole = "group_company"
)

var recipientRoleValues = []EnumValue{
	{Value: "processor", Title: "Processor", Description: "Processes the data on the controller's behalf (Art. 28)."},
	{Value: "controller", Title: "Controller", Description: "Receives the data for its own purposes."},
	{Value: "joint_controller", Title: "Joint controller", Description: "Decides the purposes and means together with the controller (Art. 26)."},
	{Value: "public_authority", Title: "Public authority", Description: "An authority that receives the data, such as a tax administration or the police."},
	{Value: "group_company", Title: "Group company", Description: "A company of the controller's group."},
}

// Values lists the allowed values of RecipientRole.
func (RecipientRole) Values() []EnumValue { return recipientRoleValues }

// Valid reports whether v is one of the allowed values.
func (v RecipientRole) Valid() bool { return isValue(recipientRoleValues, string(v)) }

// ObjectionAvailability is what a notice says about objecting to an activity.
type ObjectionAvailability string

// ObjectionAvailability values.
const (
	ObjectionAvailabilityOffered     ObjectionAvailability = "offered"
	ObjectionAvailabilityConditional ObjectionAvailability = "conditional"
	ObjectionAvailabilityExcluded    ObjectionAvailability = "excluded"
)

var objectionAvailabilityValues = []EnumValue{
	{Value: "offered", Title: "Offered", Description: "The person can object."},
	{Value: "conditional", Title: "Conditional", Description: "The notice attaches conditions to objecting beyond those of Art. 21."},
	{Value: "excluded", Title: "Excluded", Description: "The notice says the person cannot object."},
}

// Values lists the allowed values of ObjectionAvailability.
func (ObjectionAvailability) Values() []EnumValue { return objectionAvailabilityValues }

// Valid reports whether v is one of the allowed values.
func (v ObjectionAvailability) Valid() bool { return isValue(objectionAvailabilityValues, string(v)) }

// MarketingChannel is a channel for direct marketing.
type MarketingChannel string

// MarketingChannel values.
const (
	MarketingChannelEmail          MarketingChannel = "email"
	MarketingChannelSms            MarketingChannel = "sms"
	MarketingChannelPhone          MarketingChannel = "phone"
	MarketingChannelAutomatedCalls MarketingChannel = "automated_calls"
	MarketingChannelFax            MarketingChannel = "fax"
	MarketingChannelPost           MarketingChannel = "post"
	MarketingChannelOnlineAds      MarketingChannel = "online_ads"
)

var marketingChannelValues = []EnumValue{
	{Value: "email", Title: "E-mail", Description: ""},
	{Value: "sms", Title: "SMS or instant messaging", Description: ""},
	{Value: "phone", Title: "Telephone", Description: "Calls by a person."},
	{Value: "automated_calls", Title: "Automated calls", Description: "Calls by an automated calling system (ePrivacy Art. 13(1))."},
	{Value: "fax", Title: "Fax", Description: ""},
	{Value: "post", Title: "Post", Description: ""},
	{Value: "online_ads", Title: "Online advertising", Description: "Targeted advertising on websites, search engines or social media."},
}

// Values lists the allowed values of MarketingChannel.
func (MarketingChannel) Values() []EnumValue { return marketingChannelValues }

// Valid reports whether v is one of the allowed values.
func (v MarketingChannel) Valid() bool { return isValue(marketingChannelValues, string(v)) }

// OptOut is whether the person can object to direct marketing.
type OptOut string

// OptOut values.
const (
	OptOutUnconditional OptOut = "unconditional"
	OptOutConditional   OptOut = "conditional"
	OptOutNone          OptOut = "none"
)

var optOutValues = []EnumValue{
	{Value: "unconditional", Title: "Unconditional", Description: "The person can object at any time, free of charge, without giving reasons (Art. 21(2)-(3))."},
	{Value: "conditional", Title: "Conditional", Description: "Objection is possible only under conditions, such as giving reasons or paying."},
	{Value: "none", Title: "None", Description: "The notice offers no way to object."},
}

// Values lists the allowed values of OptOut.
func (OptOut) Values() []EnumValue { return optOutValues }

// Valid reports whether v is one of the allowed values.
func (v OptOut) Valid() bool { return isValue(optOutValues, string(v)) }

// ProvisionRequirement is why, if at all, a person must provide data (Art. 13(2)(e)).
type ProvisionRequirement string

// ProvisionRequirement values.
const (
	ProvisionRequirementStatutory            ProvisionRequirement = "statutory"
	ProvisionRequirementContractual          ProvisionRequirement = "contractual"
	ProvisionRequirementContractPrecondition ProvisionRequirement = "contract_precondition"
	ProvisionRequirementVoluntary            ProvisionRequirement = "voluntary"
)

var provisionRequirementValues = []EnumValue{
	{Value: "statutory", Title: "Statutory requirement", Description: "A law requires the data."},
	{Value: "contractual", Title: "Contractual requirement", Description: "A contract requires the data."},
	{Value: "contract_precondition", Title: "Needed to enter a contract", Description: "Without the data no contract can be concluded."},
	{Value: "voluntary", Title: "Voluntary", Description: "Providing the data is optional."},
}

// Values lists the allowed values of ProvisionRequirement.
func (ProvisionRequirement) Values() []EnumValue { return provisionRequirementValues }

// Valid reports whether v is one of the allowed values.
func (v ProvisionRequirement) Valid() bool { return isValue(provisionRequirementValues, string(v)) }

// TransferMechanism is the Chapter V ground a transfer relies on.
type TransferMechanism string

// TransferMechanism values.
const (
	TransferMechanismAdequacy                      TransferMechanism = "adequacy"
	TransferMechanismEuUsDpf                       TransferMechanism = "eu_us_dpf"
	TransferMechanismSccs2021                      TransferMechanism = "sccs_2021"
	TransferMechanismSccsLegacy                    TransferMechanism = "sccs_legacy"
	TransferMechanismBcrs                          TransferMechanism = "bcrs"
	TransferMechanismCodeOfConduct                 TransferMechanism = "code_of_conduct"
	TransferMechanismCertification                 TransferMechanism = "certification"
	TransferMechanismAdHocClauses                  TransferMechanism = "ad_hoc_clauses"
	TransferMechanismPublicAuthorityInstrument     TransferMechanism = "public_authority_instrument"
	TransferMechanismDerogationExplicitConsent     TransferMechanism = "derogation_explicit_consent"
	TransferMechanismDerogationContract            TransferMechanism = "derogation_contract"
	TransferMechanismDerogationContractInInterest  TransferMechanism = "derogation_contract_in_interest"
	TransferMechanismDerogationPublicInterest      TransferMechanism = "derogation_public_interest"
	TransferMechanismDerogationLegalClaims         TransferMechanism = "derogation_legal_claims"
	TransferMechanismDerogationVitalInterests      TransferMechanism = "derogation_vital_interests"
	TransferMechanismDerogationPublicRegister      TransferMechanism = "derogation_public_register"
	TransferMechanismDerogationCompellingInterests TransferMechanism = "derogation_compelling_interests"
	TransferMechanismPrivacyShield                 TransferMechanism = "privacy_shield"
	TransferMechanismSafeHarbor                    TransferMechanism = "safe_harbor"
)

var transferMechanismValues = []EnumValue{
	{Value: "adequacy", Title: "Adequacy decision", Description: "Art. 45: a Commission adequacy decision for the destination."},
	{Value: "eu_us_dpf", Title: "EU-US Data Privacy Framework", Description: "Art. 45, Implementing Decision (EU) 2023/1795: the US recipient is certified."},
	{Value: "sccs_2021", Title: "Standard contractual clauses (2021)", Description: "Art. 46(2)(c), Implementing Decision (EU) 2021/914."},
	{Value: "sccs_legacy", Title: "Standard contractual clauses (before 2021)", Description: "Decisions 2001/497/EC, 2004/915/EC or 2010/87/EU, no longer a safeguard after 27 December 2022."},
	{Value: "bcrs", Title: "Binding corporate rules", Description: "Art. 47 and 46(2)(b)."},
	{Value: "code_of_conduct", Title: "Code of conduct", Description: "Art. 46(2)(e)."},
	{Value: "certification", Title: "Certification", Description: "Art. 46(2)(f)."},
	{Value: "ad_hoc_clauses", Title: "Ad hoc contractual clauses", Description: "Art. 46(3)(a), authorised by the supervisory authority."},
	{Value: "public_authority_instrument", Title: "Instrument between public authorities", Description: "Art. 46(2)(a) or 46(3)(b)."},
	{Value: "derogation_explicit_consent", Title: "Derogation: explicit consent", Description: "Art. 49(1)(a)."},
	{Value: "derogation_contract", Title: "Derogation: contract with the person", Description: "Art. 49(1)(b)."},
	{Value: "derogation_contract_in_interest", Title: "Derogation: contract in the person's interest", Description: "Art. 49(1)(c)."},
	{Value: "derogation_public_interest", Title: "Derogation: public interest", Description: "Art. 49(1)(d)."},
	{Value: "derogation_legal_claims", Title: "Derogation: legal claims", Description: "Art. 49(1)(e)."},
	{Value: "derogation_vital_interests", Title: "Derogation: vital interests", Description: "Art. 49(1)(f)."},
	{Value: "derogation_public_register", Title: "Derogation: public register", Description: "Art. 49(1)(g)."},
	{Value: "derogation_compelling_interests", Title: "Derogation: compelling legitimate interests", Description: "Art. 49(1), second subparagraph."},
	{Value: "privacy_shield", Title: "EU-US Privacy Shield", Description: "Decision (EU) 2016/1250, invalidated by the CJEU on 16 July 2020 (C-311/18)."},
	{Value: "safe_harbor", Title: "Safe Harbor", Description: "Decision 2000/520/EC, invalidated by the CJEU on 6 October 2015 (C-362/14)."},
}

// Values lists the allowed values of TransferMechanism.
func (TransferMechanism) Values() []EnumValue { return transferMechanismValues }

// Valid reports whether v is one of the allowed values.
func (v TransferMechanism) Valid() bool { return isValue(transferMechanismValues, string(v)) }

// CookieParty is who sets a cookie.
type CookieParty string

// CookieParty values.
const (
	CookiePartyFirst CookieParty = "first"
	CookiePartyThird CookieParty = "third"
)

var cookiePartyValues = []EnumValue{
	{Value: "first", Title: "First party", Description: "The site itself."},
	{Value: "third", Title: "Third party", Description: "Another provider."},
}

// Values lists the allowed values of CookieParty.
func (CookieParty) Values() []EnumValue { return cookiePartyValues }

// Valid reports whether v is one of the allowed values.
func (v CookieParty) Valid() bool { return isValue(cookiePartyValues, string(v)) }

// CookiePurpose is the purpose category of a cookie.
type CookiePurpose string

// CookiePurpose values.
const (
	CookiePurposeStrictlyNecessary CookiePurpose = "strictly_necessary"
	CookiePurposePreferences       CookiePurpose = "preferences"
	CookiePurposeStatistics        CookiePurpose = "statistics"
	CookiePurposeMarketing         CookiePurpose = "marketing"
	CookiePurposeSocialMedia       CookiePurpose = "social_media"
)

var cookiePurposeValues = []EnumValue{
	{Value: "strictly_necessary", Title: "Strictly necessary", Description: "Needed to transmit a communication or for a service the user explicitly asked for; exempt from consent."},
	{Value: "preferences", Title: "Preferences", Description: "Remembers the user's choices."},
	{Value: "statistics", Title: "Statistics", Description: "Measures audience and use."},
	{Value: "marketing", Title: "Marketing", Description: "Advertising and tracking across sites."},
	{Value: "social_media", Title: "Social media", Description: "Set by social media plug-ins."},
}

// Values lists the allowed values of CookiePurpose.
func (CookiePurpose) Values() []EnumValue { return cookiePurposeValues }

// Valid reports whether v is one of the allowed values.
func (v CookiePurpose) Valid() bool { return isValue(cookiePurposeValues, string(v)) }

// ConsentMechanism is how consent to cookies is obtained.
type ConsentMechanism string

// ConsentMechanism values.
const (
	ConsentMechanismOptIn             ConsentMechanism = "opt_in"
	ConsentMechanismImpliedByBrowsing ConsentMechanism = "implied_by_browsing"
	ConsentMechanismBundledWithPolicy ConsentMechanism = "bundled_with_policy"
	ConsentMechanismPreTicked         ConsentMechanism = "pre_ticked"
	ConsentMechanismCookieWall        ConsentMechanism = "cookie_wall"
	ConsentMechanismNone              ConsentMechanism = "none"
)

var consentMechanismValues = []EnumValue{
	{Value: "opt_in", Title: "Opt-in", Description: "The user actively accepts before the cookie is set."},
	{Value: "implied_by_browsing", Title: "Implied by browsing", Description: "Continuing to browse or scrolling is taken as consent."},
	{Value: "bundled_with_policy", Title: "Bundled with the policy", Description: "Accepting the privacy or cookie policy is taken as consent."},
	{Value: "pre_ticked", Title: "Pre-ticked", Description: "A box is ticked in advance."},
	{Value: "cookie_wall", Title: "Cookie wall", Description: "The site cannot be used without accepting."},
	{Value: "none", Title: "None", Description: "No consent is asked."},
}

// Values lists the allowed values of ConsentMechanism.
func (ConsentMechanism) Values() []EnumValue { return consentMechanismValues }

// Valid reports whether v is one of the allowed values.
func (v ConsentMechanism) Valid() bool { return isValue(consentMechanismValues, string(v)) }

// Right is a data-subject right the notice states.
type Right string

// Right values.
const (
	RightAccess             Right = "access"
	RightRectification      Right = "rectification"
	RightErasure            Right = "erasure"
	RightRestriction        Right = "restriction"
	RightPortability        Right = "portability"
	RightObjection          Right = "objection"
	RightWithdrawConsent    Right = "withdraw_consent"
	RightAutomatedDecisions Right = "automated_decisions"
)

var rightValues = []EnumValue{
	{Value: "access", Title: "Access", Description: "Art. 15."},
	{Value: "rectification", Title: "Rectification", Description: "Art. 16."},
	{Value: "erasure", Title: "Erasure", Description: "Art. 17."},
	{Value: "restriction", Title: "Restriction", Description: "Art. 18."},
	{Value: "portability", Title: "Portability", Description: "Art. 20."},
	{Value: "objection", Title: "Objection", Description: "Art. 21."},
	{Value: "withdraw_consent", Title: "Withdraw consent", Description: "Art. 7(3)."},
	{Value: "automated_decisions", Title: "Not to be subject to automated decisions", Description: "Art. 22."},
}

// Values lists the allowed values of Right.
func (Right) Values() []EnumValue { return rightValues }

// Valid reports whether v is one of the allowed values.
func (v Right) Valid() bool { return isValue(rightValues, string(v)) }

// Fee is when a controller charges for a data-subject request.
type Fee string

// Fee values.
const (
	FeeFree              Fee = "free"
	FeeAdditionalCopies  Fee = "additional_copies"
	FeeExcessiveRequests Fee = "excessive_requests"
	FeeEveryRequest      Fee = "every_request"
)

var feeValues = []EnumValue{
	{Value: "free", Title: "Free", Description: "No fee."},
	{Value: "additional_copies", Title: "Additional copies", Description: "A reasonable fee only for further copies (Art. 15(3))."},
	{Value: "excessive_requests", Title: "Excessive requests", Description: "A reasonable fee only for manifestly unfounded or excessive requests (Art. 12(5))."},
	{Value: "every_request", Title: "Every request", Description: "A fee for every request."},
}

// Values lists the allowed values of Fee.
func (Fee) Values() []EnumValue { return feeValues }

// Valid reports whether v is one of the allowed values.
func (v Fee) Valid() bool { return isValue(feeValues, string(v)) }

// IdentityCheckWhen is when proof of identity is demanded.
type IdentityCheckWhen string

// IdentityCheckWhen values.
const (
	IdentityCheckWhenReasonableDoubt IdentityCheckWhen = "reasonable_doubt"
	IdentityCheckWhenEveryRequest    IdentityCheckWhen = "every_request"
)

var identityCheckWhenValues = []EnumValue{
	{Value: "reasonable_doubt", Title: "When in reasonable doubt", Description: "Only when the controller has reasonable doubts about identity (Art. 12(6))."},
	{Value: "every_request", Title: "Every request", Description: "Proof of identity is demanded for every request."},
}

// Values lists the allowed values of IdentityCheckWhen.
func (IdentityCheckWhen) Values() []EnumValue { return identityCheckWhenValues }

// Valid reports whether v is one of the allowed values.
func (v IdentityCheckWhen) Valid() bool { return isValue(identityCheckWhenValues, string(v)) }
