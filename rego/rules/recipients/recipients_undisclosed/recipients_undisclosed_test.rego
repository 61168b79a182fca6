package noticelint.rules.recipients.recipients_undisclosed_test

import data.noticelint.facts
import data.noticelint.rules.recipients.recipients_undisclosed

cases := {
	"named recipient": {
		"notice": {"recipients": [{"name": "Hosting Voorbeeld GmbH", "role": "processor"}]},
		"want": set(),
	},
	"specific category": {
		"notice": {"recipients": [{"category": "IT service providers", "countries": ["BE"]}]},
		"want": set(),
	},
	"category with a specific word beside catch-alls": {
		"notice": {"recipients": [{"category": "payment partners"}]},
		"want": set(),
	},
	"third parties": {
		"notice": {"recipients": [{"category": "Third parties"}]},
		"want": {"/recipients/0"},
	},
	"Dutch catch-all with spaces": {
		"notice": {"recipients": [{"category": "  derden "}]},
		"want": {"/recipients/0"},
	},
	"only catch-all words joined": {
		"notice": {"recipients": [{"category": "our partners, suppliers and other third-party service providers"}]},
		"want": {"/recipients/0"},
	},
	"French catch-all": {
		"notice": {"recipients": [{"category": "Prestataires et partenaires"}]},
		"want": {"/recipients/0"},
	},
	"French catch-all from the list": {
		"notice": {"recipients": [{"category": "des tiers et nos prestataires de services"}]},
		"want": {"/recipients/0"},
	},
	"neither name nor category": {
		"notice": {"recipients": [{"role": "processor", "countries": ["BE"]}]},
		"want": {"/recipients/0"},
	},
	"blank name and blank category": {
		"notice": {"recipients": [{"name": " ", "category": ""}]},
		"want": {"/recipients/0"},
	},
	"a name makes a catch-all category harmless": {
		"notice": {"recipients": [{"name": "Example Mail Inc.", "category": "partners"}]},
		"want": set(),
	},
	"activity-level recipient": {
		"notice": {"activities": [{"name": "Newsletter", "recipients": [{"name": "Example Mail Inc."}, {"category": "partners"}]}]},
		"want": {"/activities/0/recipients/1"},
	},
	"transfers but no recipients": {
		"notice": {"transfers": [{"destination": "US", "mechanism": "eu_us_dpf", "dpf_certified": true}]},
		"want": {"/transfers/0"},
	},
	"third-party cookie but no recipients": {
		"notice": {"cookies": [
			{"name": "av_session", "party": "first", "purpose": "strictly_necessary"},
			{"name": "_ga", "party": "third", "provider": "Google", "purpose": "statistics"},
			{"name": "_fbp", "party": "third", "provider": "Meta", "purpose": "marketing"},
		]},
		"want": {"/cookies/1"},
	},
	"transfers and third-party cookies point at the transfer": {
		"notice": {
			"transfers": [{"destination": "US", "mechanism": "sccs_2021"}],
			"cookies": [{"name": "_ga", "party": "third"}],
		},
		"want": {"/transfers/0"},
	},
	"first-party cookies only": {
		"notice": {"cookies": [{"name": "av_session", "party": "first"}]},
		"want": set(),
	},
	"transfers with an activity-level recipient": {
		"notice": {
			"activities": [{"name": "Newsletter", "recipients": [{"name": "Example Mail Inc.", "countries": ["US"]}]}],
			"transfers": [{"destination": "US", "mechanism": "eu_us_dpf", "dpf_certified": true}],
		},
		"want": set(),
	},
	"transfers with only a catch-all recipient: the catch-all is flagged": {
		"notice": {"recipients": [{"category": "partners"}], "transfers": [{"destination": "US"}]},
		"want": {"/recipients/0"},
	},
	"empty lists": {"notice": {"recipients": [], "transfers": [], "cookies": []}, "want": set()},
	"nothing at all": {"notice": {}, "want": set()},
}

test_cases if {
	failed := {name: got |
		some name, c in cases
		got := {f.pointer | some f in recipients_undisclosed.report with input as {"notice": c.notice, "as_of": "2026-01-01"}}
		got != c.want
	}
	print("failed cases:", failed)
	failed == {}
}

test_message_names_category_and_activity if {
	notice := {"activities": [{"name": "Newsletter", "recipients": [{"category": "Third parties"}]}]}
	some f in recipients_undisclosed.report with input as {"notice": notice, "as_of": "2026-01-01"}
	f.message == "The recipient category \"Third parties\" of activity \"Newsletter\" does not say who receives the data: name the recipients or give a specific category."
}

test_message_no_recipients if {
	notice := {"cookies": [{"name": "_ga", "party": "third", "provider": "Google"}]}
	some f in recipients_undisclosed.report with input as {"notice": notice, "as_of": "2026-01-01"}
	f.message == "The notice lets third parties set cookies such as \"_ga\", but lists no recipients: name them or give specific categories."
}

test_generic_recipient_words_are_the_words_of_the_phrases if {
	derived := {w | some phrase in facts.vocabulary.generic_recipients; some w in recipients_undisclosed._words(phrase)}
	listed := {w | some w in facts.vocabulary.generic_recipient_words}
	print("only derived:", derived - listed, "only listed:", listed - derived)
	derived == listed
}
