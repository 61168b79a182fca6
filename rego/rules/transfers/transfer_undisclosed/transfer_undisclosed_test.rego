package noticelint.rules.transfers.transfer_undisclosed_test

import data.noticelint.rules.transfers.transfer_undisclosed

cases := {
	"US recipient, no transfers": {
		"notice": {"recipients": [{"name": "Example Mail Inc.", "countries": ["US"]}]},
		"want": {"/recipients/0/countries/0"},
	},
	"US recipient, transfer to the US disclosed": {
		"notice": {
			"recipients": [{"name": "Example Mail Inc.", "countries": ["US"]}],
			"transfers": [{"destination": "US", "mechanism": "eu_us_dpf", "dpf_certified": true}],
		},
		"want": set(),
	},
	"transfer disclosed for another country only": {
		"notice": {
			"recipients": [{"name": "Example Mail Inc.", "countries": ["US"]}],
			"transfers": [{"destination": "IN", "mechanism": "sccs_2021"}],
		},
		"want": {"/recipients/0/countries/0"},
	},
	"adequate country still needs disclosing": {
		"notice": {"recipients": [{"category": "Our Swiss parent company", "countries": ["CH"]}]},
		"want": {"/recipients/0/countries/0"},
	},
	"EEA countries are not transfers": {
		"notice": {"recipients": [{"name": "Hosting Voorbeeld GmbH", "countries": ["DE", "NO", "IS", "LI"]}]},
		"want": set(),
	},
	"only the non-EEA country of several": {
		"notice": {"activities": [{"name": "Support", "recipients": [{"name": "Example IT Services", "countries": ["BE", "IN", "NL"]}]}]},
		"want": {"/activities/0/recipients/0/countries/1"},
	},
	"recipient without countries": {
		"notice": {"recipients": [{"name": "Boekhouder BV"}]},
		"want": set(),
	},
	"US cookie provider, no transfers": {
		"notice": {"cookies": [{"name": "_sv_id", "provider_country": "NL"}, {"name": "_ga", "provider": "Google LLC", "provider_country": "US"}]},
		"want": {"/cookies/1/provider_country"},
	},
	"US cookie provider, transfer disclosed": {
		"notice": {
			"cookies": [{"name": "_ga", "provider": "Google LLC", "provider_country": "US"}],
			"transfers": [{"destination": "US", "mechanism": "eu_us_dpf", "dpf_certified": true}],
		},
		"want": set(),
	},
	"cookie without provider country": {
		"notice": {"cookies": [{"name": "_ga", "provider": "Google LLC"}]},
		"want": set(),
	},
	"nothing at all": {"notice": {}, "want": set()},
}

test_cases if {
	failed := {name: got |
		some name, c in cases
		got := {f.pointer | some f in transfer_undisclosed.report with input as {"notice": c.notice, "as_of": "2026-01-01"}}
		got != c.want
	}
	print("failed cases:", failed)
	failed == {}
}

test_message_names_recipient_and_country if {
	notice := {"activities": [{"name": "Newsletter", "recipients": [{"name": "Example Mail Inc.", "countries": ["US"]}]}]}
	some f in transfer_undisclosed.report with input as {"notice": notice, "as_of": "2026-01-01"}
	f.message == "The recipient \"Example Mail Inc.\" of activity \"Newsletter\" processes data in US, but the notice discloses no transfer to US."
}

test_message_names_recipient_category_of_the_whole_notice if {
	notice := {"recipients": [{"name": " ", "category": "  IT support  ", "countries": ["IN"]}]}
	got := {f.message | some f in transfer_undisclosed.report with input as {"notice": notice, "as_of": "2026-01-01"}}
	got == {"The recipient category \"IT support\" processes data in IN, but the notice discloses no transfer to IN."}
}

test_message_unnamed_recipient_and_cookie_provider if {
	notice := {
		"activities": [{"name": "Support", "recipients": [{"role": "processor", "countries": ["IN"]}]}],
		"cookies": [{"name": "_ga", "provider_country": "US"}],
	}
	got := {f.message | some f in transfer_undisclosed.report with input as {"notice": notice, "as_of": "2026-01-01"}}
	got == {
		"A recipient of activity \"Support\" processes data in IN, but the notice discloses no transfer to IN.",
		"The provider of cookie \"_ga\" is in US, but the notice discloses no transfer to US.",
	}
}
