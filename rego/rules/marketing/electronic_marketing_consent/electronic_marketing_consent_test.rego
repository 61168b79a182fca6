package noticelint.rules.marketing.electronic_marketing_consent_test

import data.noticelint.rules.marketing.electronic_marketing_consent

soft_opt_in := {
	"existing_customers": true,
	"similar_products": true,
	"opt_out_at_collection": true,
	"opt_out_each_message": true,
}

legitimate_interests := [{"description": "Sending offers to customers", "legal_bases": ["legitimate_interests"], "legitimate_interest": "Selling to existing customers"}]

consent := [{"description": "Sending the newsletter", "legal_bases": ["consent"]}]

cases := {
	"e-mail on legitimate interests without soft opt-in": {
		"activity": {"name": "Newsletter", "purposes": legitimate_interests, "direct_marketing": {"channels": ["email"]}},
		"want": {"/activities/0/direct_marketing"},
	},
	"SMS with three of four conditions": {
		"activity": {"name": "Promotions", "purposes": legitimate_interests, "direct_marketing": object.union({"channels": ["sms"]}, object.union(soft_opt_in, {"opt_out_at_collection": false}))},
		"want": {"/activities/0/direct_marketing"},
	},
	"e-mail with every soft opt-in condition": {
		"activity": {"name": "Newsletter", "purposes": legitimate_interests, "direct_marketing": object.union({"channels": ["email"]}, soft_opt_in)},
		"want": set(),
	},
	"e-mail on consent": {
		"activity": {"name": "Newsletter", "purposes": consent, "direct_marketing": {"channels": ["email"]}},
		"want": set(),
	},
	"consent for one of two purposes is enough": {
		"activity": {"name": "Newsletter", "purposes": array.concat(legitimate_interests, consent), "direct_marketing": {"channels": ["email", "sms"]}},
		"want": set(),
	},
	"e-mail with no purposes at all": {
		"activity": {"name": "Newsletter", "direct_marketing": {"channels": ["email"]}},
		"want": {"/activities/0/direct_marketing"},
	},
	"automated calls without consent, even with every soft opt-in condition": {
		"activity": {"name": "Telemarketing", "purposes": legitimate_interests, "direct_marketing": object.union({"channels": ["automated_calls"]}, soft_opt_in)},
		"want": {"/activities/0/direct_marketing"},
	},
	"fax on consent": {
		"activity": {"name": "Fax offers", "purposes": consent, "direct_marketing": {"channels": ["fax"]}},
		"want": set(),
	},
	"post and phone calls by a person are out of scope": {
		"activity": {"name": "Catalogue", "purposes": legitimate_interests, "direct_marketing": {"channels": ["post", "phone", "online_ads"]}},
		"want": set(),
	},
	"no direct marketing": {
		"activity": {"name": "Orders", "purposes": [{"description": "Delivering orders", "legal_bases": ["contract"]}]},
		"want": set(),
	},
}

test_cases if {
	failed := {name: got |
		some name, c in cases
		got := {f.pointer | some f in electronic_marketing_consent.report with input as {"notice": {"activities": [c.activity]}, "as_of": "2026-01-01"}}
		got != c.want
	}
	print("failed cases:", failed)
	failed == {}
}

test_email_and_fax_are_two_findings if {
	activity := {"name": "Offers", "purposes": legitimate_interests, "direct_marketing": {"channels": ["email", "fax"]}}
	got := electronic_marketing_consent.report with input as {"notice": {"activities": [{"name": "Orders"}, activity]}, "as_of": "2026-01-01"}
	count(got) == 2
	{f.pointer | some f in got} == {"/activities/1/direct_marketing"}
}

test_message_lists_missing_conditions if {
	activity := {"name": "Promotions", "purposes": legitimate_interests, "direct_marketing": {"channels": ["sms", "email"], "existing_customers": true, "opt_out_each_message": true}}
	got := {f.message | some f in electronic_marketing_consent.report with input as {"notice": {"activities": [activity]}, "as_of": "2026-01-01"}}
	got == {"The activity \"Promotions\" markets by e-mail and SMS without consent, and the notice does not say that the messages market only the sender's own similar products or services and customers could refuse marketing when their details were collected, as the soft opt-in requires."}
}

test_message_automated_calls if {
	activity := {"name": "Telemarketing", "direct_marketing": {"channels": ["automated_calls", "fax"]}}
	got := {f.message | some f in electronic_marketing_consent.report with input as {"notice": {"activities": [activity]}, "as_of": "2026-01-01"}}
	got == {"The activity \"Telemarketing\" markets by automated calls and fax without consent, which these channels always need."}
}

test_message_when_no_condition_is_stated if {
	activity := {"name": "Newsletter", "direct_marketing": {"channels": ["email"]}}
	got := {f.message | some f in electronic_marketing_consent.report with input as {"notice": {"activities": [activity]}, "as_of": "2026-01-01"}}
	got == {"The activity \"Newsletter\" markets by e-mail without consent, and the notice states none of the soft opt-in conditions (existing customers only, the sender's own similar products, a free opt-out at collection and in every message)."}
}
