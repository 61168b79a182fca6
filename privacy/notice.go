package privacy

// Notice is a privacy notice as published by a controller (GDPR Art. 12-14).
type Notice struct {
	// Schema optionally names the JSON Schema the document follows.
	Schema string `json:"$schema,omitempty"`
	// Title is the notice's own title, in its own language.
	Title string `json:"title,omitempty"`
	// Languages lists the languages the notice is published in, as BCP 47 tags.
	Languages []LanguageTag `json:"languages,omitempty"`
	// Version is the notice's own version label.
	Version string `json:"version,omitempty"`
	// EffectiveDate is the date from which this version applies.
	EffectiveDate Date `json:"effective_date,omitempty"`
	// LastUpdated is the date the notice says it was last changed.
	LastUpdated Date `json:"last_updated,omitempty"`
	// URL is where the notice is published.
	URL string `json:"url,omitempty" jsonschema:"format=uri"`
	// DataSubjects lists whom the notice addresses, such as customers, website visitors or job applicants.
	DataSubjects []string `json:"data_subjects,omitempty"`
	// CollectedFrom says whether data comes from the person (Art. 13), from other sources (Art. 14), or both.
	CollectedFrom []Collection `json:"collected_from,omitempty"`
	// Controller is who decides why and how the data is processed.
	Controller *Controller `json:"controller,omitempty"`
	// Activities are the processing activities the notice describes.
	Activities []Activity `json:"activities,omitempty"`
	// Recipients are recipients the notice names for the processing as a whole rather than for one activity.
	Recipients []Recipient `json:"recipients,omitempty"`
	// Transfers are the transfers to countries outside the EEA or to international organisations the notice discloses.
	Transfers []Transfer `json:"transfers,omitempty"`
	// Cookies lists the cookies and similar trackers the notice discloses.
	Cookies []Cookie `json:"cookies,omitempty"`
	// CookieConsent is how the site asks for consent to cookies in general; a cookie's own consent field overrides it.
	CookieConsent *CookieConsent `json:"cookie_consent,omitempty"`
	// Rights is what the notice says about the data subject's rights.
	Rights *Rights `json:"rights,omitempty"`
	// Children describes a service aimed at children and how parental consent is obtained (Art. 8).
	Children *Children `json:"children,omitempty"`
	// Laws are the laws the notice cites.
	Laws []Law `json:"laws,omitempty"`
}

// Controller identifies the controller and how to reach it (Art. 13(1)(a)).
type Controller struct {
	// Name is the controller's legal name.
	Name string `json:"name,omitempty"`
	// TradeNames are other names the controller trades under.
	TradeNames []string `json:"trade_names,omitempty"`
	// RegistrationNumber is the company or enterprise number, such as a Belgian KBO/BCE number or a French SIREN.
	RegistrationNumber string `json:"registration_number,omitempty"`
	// Address is the controller's registered or postal address.
	Address *Address `json:"address,omitempty"`
	// Contact lists the channels through which the controller can be reached.
	Contact *Contact `json:"contact,omitempty"`
	// Representative is the controller's representative in the Union (Art. 27), needed when it is not established in the EEA.
	Representative *Representative `json:"representative,omitempty"`
	// DPO is what the notice says about a data protection officer (Art. 37-39).
	DPO *DPO `json:"dpo,omitempty"`
}

// Address is a postal address.
type Address struct {
	// Street is the street and number.
	Street string `json:"street,omitempty"`
	// PostalCode is the postal code.
	PostalCode string `json:"postal_code,omitempty"`
	// City is the city or municipality.
	City string `json:"city,omitempty"`
	// Region is the region, province or state.
	Region string `json:"region,omitempty"`
	// Country is the ISO 3166-1 alpha-2 code of the country.
	Country CountryCode `json:"country,omitempty"`
}

// Contact lists channels through which someone can be reached.
type Contact struct {
	// Email is an e-mail address.
	Email string `json:"email,omitempty" jsonschema:"format=email"`
	// Phone is a telephone number.
	Phone string `json:"phone,omitempty"`
	// Form is the address of a web form.
	Form string `json:"form,omitempty" jsonschema:"format=uri"`
	// Website is a web site.
	Website string `json:"website,omitempty" jsonschema:"format=uri"`
	// Postal is a postal address given for contact, when it differs from the registered address.
	Postal *Address `json:"postal,omitempty"`
}

// Representative is the controller's representative in the Union (Art. 27).
type Representative struct {
	// Name is the representative's name.
	Name string `json:"name,omitempty"`
	// Address is the representative's address in the EEA.
	Address *Address `json:"address,omitempty"`
	// Contact lists the channels through which the representative can be reached.
	Contact *Contact `json:"contact,omitempty"`
}

// DPO is what the notice says about a data protection officer.
type DPO struct {
	// Designated says whether the controller has designated a DPO.
	Designated *bool `json:"designated,omitempty"`
	// Name is the DPO's name or function; the GDPR requires the contact details, not the name.
	Name string `json:"name,omitempty"`
	// Contact lists the channels through which the DPO can be reached.
	Contact *Contact `json:"contact,omitempty"`
}

// Activity is one processing activity: data processed for a set of purposes.
type Activity struct {
	// ID is a short identifier for the activity, unique within the notice.
	ID string `json:"id,omitempty" jsonschema:"pattern=^[a-z0-9][a-z0-9_-]*$"`
	// Name is a short, human name for the activity.
	Name string `json:"name"`
	// Purposes are the purposes of the processing, each with its legal basis (Art. 13(1)(c)).
	Purposes []Purpose `json:"purposes,omitempty"`
	// DataSubjects lists whose data the activity concerns.
	DataSubjects []string `json:"data_subjects,omitempty"`
	// DataCategories lists the categories of personal data processed (Art. 14(1)(d)).
	DataCategories []string `json:"data_categories,omitempty"`
	// SpecialCategories describes special-category data and the Art. 9(2) condition relied on.
	SpecialCategories *SpecialCategories `json:"special_categories,omitempty"`
	// CriminalData describes data on criminal convictions and offences and its Art. 10 basis.
	CriminalData *CriminalData `json:"criminal_data,omitempty"`
	// Sources are where the data comes from when not from the person (Art. 14(2)(f)).
	Sources []Source `json:"sources,omitempty"`
	// Recipients are those to whom the activity's data is disclosed (Art. 13(1)(e)).
	Recipients []Recipient `json:"recipients,omitempty"`
	// Retention is how long the data is kept, or the criteria that decide it (Art. 13(2)(a)).
	Retention *Retention `json:"retention,omitempty"`
	// AutomatedDecisions describes automated decision-making and profiling (Art. 22).
	AutomatedDecisions *AutomatedDecisions `json:"automated_decisions,omitempty"`
	// Objection is what the notice says about objecting to this activity (Art. 21).
	Objection *Objection `json:"objection,omitempty"`
	// DirectMarketing describes direct marketing done in this activity.
	DirectMarketing *DirectMarketing `json:"direct_marketing,omitempty"`
	// VideoSurveillance marks the activity as camera surveillance and says where.
	VideoSurveillance *VideoSurveillance `json:"video_surveillance,omitempty"`
	// Provision says whether providing the data is required and what happens if it is not (Art. 13(2)(e)).
	Provision *Provision `json:"provision,omitempty"`
}

// Purpose is one purpose of processing with its legal basis.
type Purpose struct {
	// Description states the purpose.
	Description string `json:"description"`
	// LegalBases are the Art. 6(1) bases the notice gives for this purpose.
	LegalBases []LegalBasis `json:"legal_bases,omitempty"`
	// LegitimateInterest is the interest pursued, when a basis is legitimate interests (Art. 13(1)(d)).
	LegitimateInterest string `json:"legitimate_interest,omitempty"`
	// Law names the law that imposes the obligation or the public task, for legal_obligation and public_task.
	Law string `json:"law,omitempty"`
}

// SpecialCategories describes the processing of special-category data (Art. 9).
type SpecialCategories struct {
	// Categories lists the special categories processed.
	Categories []SpecialCategory `json:"categories"`
	// Conditions are the Art. 9(2) conditions relied on.
	Conditions []Art9Condition `json:"conditions,omitempty"`
	// Law names the Union or member-state law behind the condition, where one is needed.
	Law string `json:"law,omitempty"`
}

// CriminalData describes the processing of data on criminal convictions and offences (Art. 10).
type CriminalData struct {
	// Description says what criminal data is processed.
	Description string `json:"description,omitempty"`
	// Basis names the official authority or the law that authorises the processing.
	Basis string `json:"basis,omitempty"`
}

// Source is a source of personal data not obtained from the person (Art. 14(2)(f)).
type Source struct {
	// Name names the source.
	Name string `json:"name,omitempty"`
	// Description describes the kind of source when it is not named.
	Description string `json:"description,omitempty"`
	// Public says whether the source is publicly accessible.
	Public *bool `json:"public,omitempty"`
}

// Recipient is a recipient or category of recipients (Art. 13(1)(e)).
type Recipient struct {
	// Name names the recipient.
	Name string `json:"name,omitempty"`
	// Category describes the kind of recipient when it is not named, such as "IT service providers".
	Category string `json:"category,omitempty"`
	// Role is the recipient's role towards the data.
	Role RecipientRole `json:"role,omitempty"`
	// Countries are the countries where the recipient processes the data, as ISO 3166-1 alpha-2 codes.
	Countries []CountryCode `json:"countries,omitempty"`
	// Purpose says why the data is disclosed to this recipient.
	Purpose string `json:"purpose,omitempty"`
}

// Retention is a storage period or the criteria that decide it (Art. 13(2)(a)).
type Retention struct {
	// Period is the storage period as an ISO 8601 duration, such as P7Y or P1M.
	Period Duration `json:"period,omitempty"`
	// From is the event the period runs from, such as "end of the contract".
	From string `json:"from,omitempty"`
	// Criteria are concrete criteria that decide the period when no fixed period is given.
	Criteria string `json:"criteria,omitempty"`
	// Exception states when data is kept longer, such as images kept as evidence of an incident.
	Exception string `json:"exception,omitempty"`
	// Statement keeps the notice's own words on retention, vague or not.
	Statement string `json:"statement,omitempty"`
}

// AutomatedDecisions describes automated decision-making and profiling (Art. 13(2)(f), Art. 22).
type AutomatedDecisions struct {
	// Article22 says whether decisions based solely on automated processing with legal or similarly significant effects are taken.
	Article22 *bool `json:"article_22,omitempty"`
	// Profiling says whether the data is used for profiling.
	Profiling *bool `json:"profiling,omitempty"`
	// Description describes the decisions or the profiling.
	Description string `json:"description,omitempty"`
	// Logic gives meaningful information about the logic involved.
	Logic string `json:"logic,omitempty"`
	// Significance explains the significance of the processing for the person.
	Significance string `json:"significance,omitempty"`
	// Consequences explains the envisaged consequences for the person.
	Consequences string `json:"consequences,omitempty"`
	// HumanIntervention says how to obtain human intervention or contest the decision (Art. 22(3)).
	HumanIntervention string `json:"human_intervention,omitempty"`
}

// Objection is what the notice says about objecting to an activity (Art. 21).
type Objection struct {
	// Availability says whether the notice offers objection, attaches conditions, or excludes it.
	Availability ObjectionAvailability `json:"availability"`
	// How says how to object.
	How string `json:"how,omitempty"`
	// Statement keeps the notice's own words on objection.
	Statement string `json:"statement,omitempty"`
}

// DirectMarketing describes direct marketing done in an activity.
type DirectMarketing struct {
	// Channels are the channels used for marketing.
	Channels []MarketingChannel `json:"channels"`
	// OptOut says whether the person can always object to marketing, only under conditions, or not at all.
	OptOut OptOut `json:"opt_out,omitempty"`
	// OptOutHow says how to object to marketing, such as an unsubscribe link in every message.
	OptOutHow string `json:"opt_out_how,omitempty"`
	// ExistingCustomers says whether electronic marketing is sent only to existing customers whose details were obtained in a sale.
	ExistingCustomers *bool `json:"existing_customers,omitempty"`
	// SimilarProducts says whether it markets only the sender's own similar products or services.
	SimilarProducts *bool `json:"similar_products,omitempty"`
	// OptOutAtCollection says whether the person could refuse marketing when the contact details were collected.
	OptOutAtCollection *bool `json:"opt_out_at_collection,omitempty"`
	// OptOutEachMessage says whether every message offers a free and easy way to refuse further messages.
	OptOutEachMessage *bool `json:"opt_out_each_message,omitempty"`
}

// VideoSurveillance marks an activity as camera surveillance.
type VideoSurveillance struct {
	// Country is where the cameras are; when absent, the controller's country is assumed.
	Country CountryCode `json:"country,omitempty"`
	// Location describes the places filmed.
	Location string `json:"location,omitempty"`
}

// Provision says whether providing data is required (Art. 13(2)(e)).
type Provision struct {
	// Requirement says why, if at all, the person must provide the data.
	Requirement ProvisionRequirement `json:"requirement"`
	// Consequences states what happens if the data is not provided.
	Consequences string `json:"consequences,omitempty"`
}

// Transfer is a transfer of personal data to a third country or an international organisation (Art. 13(1)(f), Chapter V).
type Transfer struct {
	// Destination is the ISO 3166-1 alpha-2 code of the country the data goes to.
	Destination CountryCode `json:"destination,omitempty"`
	// Organisation names the international organisation the data goes to, instead of a country.
	Organisation string `json:"organisation,omitempty"`
	// Region keeps a region the notice names instead of a country, such as "Asia" or "Latin America".
	Region string `json:"region,omitempty"`
	// Recipient names the recipient of the transfer.
	Recipient string `json:"recipient,omitempty"`
	// Mechanism is the Chapter V ground the transfer relies on; absent means the notice names none.
	Mechanism TransferMechanism `json:"mechanism,omitempty"`
	// DPFCertified says whether a US recipient is certified under the EU-US Data Privacy Framework.
	DPFCertified *bool `json:"dpf_certified,omitempty"`
	// Systematic says whether the transfer is regular or repeated rather than occasional.
	Systematic *bool `json:"systematic,omitempty"`
	// InformedOfRisks says whether the person is told the risks before explicit consent to the transfer (Art. 49(1)(a)).
	InformedOfRisks *bool `json:"informed_of_risks,omitempty"`
	// SafeguardsCopy says how to obtain a copy of the safeguards or where they are available.
	SafeguardsCopy string `json:"safeguards_copy,omitempty"`
	// Statement keeps the notice's own words on the transfer.
	Statement string `json:"statement,omitempty"`
}

// Cookie is a cookie or similar tracker stored on or read from the user's device (ePrivacy Art. 5(3)).
type Cookie struct {
	// Name is the cookie's name or a pattern such as "_ga_*".
	Name string `json:"name"`
	// Provider names who sets or reads the cookie.
	Provider string `json:"provider,omitempty"`
	// Party says whether the site itself or a third party sets the cookie.
	Party CookieParty `json:"party,omitempty"`
	// Purpose is the cookie's purpose category.
	Purpose CookiePurpose `json:"purpose,omitempty"`
	// Duration is how long the cookie lasts: an ISO 8601 duration, or "session".
	Duration CookieDuration `json:"duration,omitempty"`
	// ProviderCountry is the ISO 3166-1 alpha-2 code of the provider's country.
	ProviderCountry CountryCode `json:"provider_country,omitempty"`
	// Consent is how consent to this cookie is obtained; absent means the site-wide cookie_consent applies.
	Consent ConsentMechanism `json:"consent,omitempty"`
}

// CookieConsent is how a site obtains and lets users withdraw consent to cookies.
type CookieConsent struct {
	// Mechanism is how consent is obtained.
	Mechanism ConsentMechanism `json:"mechanism"`
	// RejectOption says whether refusing is offered as plainly as accepting.
	RejectOption *bool `json:"reject_option,omitempty"`
	// Withdrawal says how to withdraw consent, such as a cookie settings link on every page.
	Withdrawal string `json:"withdrawal,omitempty"`
}

// Rights is what the notice says about the data subject's rights (Art. 12-22, 77).
type Rights struct {
	// Stated lists the rights the notice states.
	Stated []Right `json:"stated,omitempty"`
	// Exercise lists the channels through which the rights can be exercised.
	Exercise *Contact `json:"exercise,omitempty"`
	// ResponseTime is the time the notice gives for answering a request, as an ISO 8601 duration.
	ResponseTime Duration `json:"response_time,omitempty"`
	// ResponseExtension is the further time the notice reserves for complex requests, as an ISO 8601 duration.
	ResponseExtension Duration `json:"response_extension,omitempty"`
	// Fee says when the controller charges for a request.
	Fee Fee `json:"fee,omitempty"`
	// IdentityCheck says when proof of identity is demanded.
	IdentityCheck *IdentityCheck `json:"identity_check,omitempty"`
	// ConsentWithdrawal says how to withdraw consent (Art. 7(3), 13(2)(c)).
	ConsentWithdrawal string `json:"consent_withdrawal,omitempty"`
	// Complaint is what the notice says about complaining to a supervisory authority (Art. 13(2)(d), 77).
	Complaint *Complaint `json:"complaint,omitempty"`
}

// IdentityCheck is what the notice demands to verify the requester's identity (Art. 12(6)).
type IdentityCheck struct {
	// When says when identity is checked.
	When IdentityCheckWhen `json:"when"`
	// Document names what is demanded, such as a copy of an identity card.
	Document string `json:"document,omitempty"`
}

// Complaint is what the notice says about the right to complain (Art. 77).
type Complaint struct {
	// Stated says whether the notice states the right to complain to a supervisory authority.
	Stated bool `json:"stated"`
	// Authority is the supervisory authority the notice names.
	Authority *Authority `json:"authority,omitempty"`
}

// Authority is a supervisory authority as the notice names it.
type Authority struct {
	// Name is the authority's name as written in the notice.
	Name string `json:"name,omitempty"`
	// Country is the ISO 3166-1 alpha-2 code of the authority's country.
	Country CountryCode `json:"country,omitempty"`
	// Website is the authority's web site as given in the notice.
	Website string `json:"website,omitempty" jsonschema:"format=uri"`
	// Address is the authority's address as given in the notice.
	Address *Address `json:"address,omitempty"`
}

// Children describes a service aimed at children (Art. 8).
type Children struct {
	// DirectedAtChildren says whether the service is offered directly to children.
	DirectedAtChildren bool `json:"directed_at_children"`
	// Countries are the countries whose children are targeted; absent means the controller's country.
	Countries []CountryCode `json:"countries,omitempty"`
	// ParentalConsentBelowAge is the age under which the notice asks for a parent's consent.
	ParentalConsentBelowAge int `json:"parental_consent_below_age,omitempty" jsonschema:"minimum=1,maximum=18"`
	// ParentalConsentMethod says how parental consent is obtained and verified.
	ParentalConsentMethod string `json:"parental_consent_method,omitempty"`
}

// Law is a law the notice cites.
type Law struct {
	// Citation is the law as the notice cites it.
	Citation string `json:"citation"`
	// Identifier is an official identifier such as a CELEX number or an ELI, when known.
	Identifier string `json:"identifier,omitempty"`
}

// SuppressionKey is the field under which any object of a notice, the notice
// itself included, lists its Suppressions. The "x-" prefix marks it as an
// instruction to the checker rather than part of what the notice says.
const SuppressionKey = "x-noticelint-ignore"

// Suppressions are findings of noticelint rules silenced for this object and everything in it, each with its rule and reason; noticelint warns about a suppression without a reason, for an unknown rule, or that silences nothing.
//
// Findings about the notice's syntax or its schema cannot be suppressed.
type Suppressions []Suppression

// Suppression is a rule whose findings are silenced for the object that lists it and everything in it.
type Suppression struct {
	// Rule is the id of the rule whose findings are silenced, such as retention-vague; noticelint rules lists the ids.
	Rule string `json:"rule"`
	// Reason says why the finding does not apply to this notice; noticelint warns about a suppression without one.
	Reason string `json:"reason,omitempty"`
}
