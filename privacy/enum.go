package privacy

// EnumValue documents one allowed value of an enumeration. The same table
// feeds the JSON Schema (oneOf with title and description), validation and
// labels in user interfaces.
type EnumValue struct {
	Value       string
	Title       string
	Description string
}

// Enum is implemented by every enumerated string type of the model.
type Enum interface {
	// Values lists the allowed values in a stable order.
	Values() []EnumValue
}

func isValue(defs []EnumValue, v string) bool {
	for _, d := range defs {
		if d.Value == v {
			return true
		}
	}
	return false
}
