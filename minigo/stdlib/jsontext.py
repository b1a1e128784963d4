"""Package encoding/json/jsontext (only Value): json.RawMessage is an alias
of jsontext.Value in Go 1.27, so that is the type's name in %T and errors."""

GO_DECLS = '''
package jsontext

import "errors"

type Value []byte

func (v Value) Clone() Value {
	if v == nil {
		return nil
	}
	return append(Value{}, v...)
}

func (v Value) String() string {
	if v == nil {
		return "null"
	}
	return string(v)
}

func (v Value) MarshalJSON() ([]byte, error) {
	if v == nil {
		return []byte("null"), nil
	}
	return v, nil
}

func (v *Value) UnmarshalJSON(b []byte) error {
	if v == nil {
		return errors.New("jsontext.Value: UnmarshalJSON on nil pointer")
	}
	*v = append((*v)[:0], b...)
	return nil
}
'''
