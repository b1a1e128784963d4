"""Package reflect (the basics): TypeOf/ValueOf, Type and Value, struct
fields and tags, setting through addressable Values, DeepEqual, calls.

A reflect.Type is a *rtype whose one field holds the RType; each RType has
one *rtype per run, so Types compare with == as Go's do. A reflect.Value is a
struct whose one field holds a runtime/introspect.Value (nil: the zero
Value). Go code never looks inside either field: it only copies and compares
them, so the fields can hold Python objects (typed *opaque for the checker).
The panics are Go's: *ValueError for a method called on the wrong kind, and
Go's strings for unaddressable or unexported values.
"""
from __future__ import annotations

from .. import types as T
from ..runtime import introspect as I
from ..runtime import rtypes as R
from ..runtime.context import current
from ..runtime.gofmt import methods_of
from ..runtime.panic import GoPanic, nil_map_write
from ..runtime.values import NIL_SLICE, Slice

GO_DECLS = '''
package reflect

import (
	"iter"
	"strconv"
)

// opaque: what the Python side keeps in a Type or Value (never looked into by Go code)
type opaque struct{}

type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

const Ptr = Pointer

var kindNames = []string{"invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8",
	"uint16", "uint32", "uint64", "uintptr", "float32", "float64", "complex64", "complex128", "array",
	"chan", "func", "interface", "map", "ptr", "slice", "string", "struct", "unsafe.Pointer"}

func (k Kind) String() string {
	if uint(k) < uint(len(kindNames)) {
		return kindNames[uint(k)]
	}
	return "kind" + strconv.Itoa(int(k))
}

type ChanDir int

const (
	RecvDir ChanDir = 1 << iota
	SendDir
	BothDir = RecvDir | SendDir
)

func (d ChanDir) String() string {
	switch d {
	case SendDir:
		return "chan<-"
	case RecvDir:
		return "<-chan"
	case BothDir:
		return "chan"
	}
	return "ChanDir" + strconv.Itoa(int(d))
}

type Type interface {
	Align() int
	FieldAlign() int
	Method(int) Method
	MethodByName(string) (Method, bool)
	NumMethod() int
	Name() string
	PkgPath() string
	Size() uintptr
	String() string
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	ConvertibleTo(u Type) bool
	Comparable() bool
	Bits() int
	ChanDir() ChanDir
	IsVariadic() bool
	Elem() Type
	Field(i int) StructField
	FieldByName(name string) (StructField, bool)
	In(i int) Type
	Key() Type
	Len() int
	NumField() int
	NumIn() int
	NumOut() int
	Out(i int) Type
	Fields() iter.Seq[StructField]
	Methods() iter.Seq[Method]
	Ins() iter.Seq[Type]
	Outs() iter.Seq[Type]
	common() *opaque
}

type rtype struct {
	t *opaque
}

func (t *rtype) Align() int
func (t *rtype) FieldAlign() int
func (t *rtype) Method(i int) Method
func (t *rtype) MethodByName(name string) (Method, bool)
func (t *rtype) NumMethod() int
func (t *rtype) Name() string
func (t *rtype) PkgPath() string
func (t *rtype) Size() uintptr
func (t *rtype) String() string
func (t *rtype) Kind() Kind
func (t *rtype) Implements(u Type) bool
func (t *rtype) AssignableTo(u Type) bool
func (t *rtype) ConvertibleTo(u Type) bool
func (t *rtype) Comparable() bool
func (t *rtype) Bits() int
func (t *rtype) ChanDir() ChanDir
func (t *rtype) IsVariadic() bool
func (t *rtype) Elem() Type
func (t *rtype) Field(i int) StructField
func (t *rtype) FieldByName(name string) (StructField, bool)
func (t *rtype) In(i int) Type
func (t *rtype) Key() Type
func (t *rtype) Len() int
func (t *rtype) NumField() int
func (t *rtype) NumIn() int
func (t *rtype) NumOut() int
func (t *rtype) Out(i int) Type
func (t *rtype) common() *opaque { return t.t }

func (t *rtype) Fields() iter.Seq[StructField] {
	if t.Kind() != Struct {
		panic("reflect: Fields of non-struct type " + t.String())
	}
	return func(yield func(StructField) bool) {
		for i := range t.NumField() {
			if !yield(t.Field(i)) {
				return
			}
		}
	}
}

func (t *rtype) Methods() iter.Seq[Method] {
	return func(yield func(Method) bool) {
		for i := range t.NumMethod() {
			if !yield(t.Method(i)) {
				return
			}
		}
	}
}

func (t *rtype) Ins() iter.Seq[Type] {
	if t.Kind() != Func {
		panic("reflect: Ins of non-func type " + t.String())
	}
	return func(yield func(Type) bool) {
		for i := range t.NumIn() {
			if !yield(t.In(i)) {
				return
			}
		}
	}
}

func (t *rtype) Outs() iter.Seq[Type] {
	if t.Kind() != Func {
		panic("reflect: Outs of non-func type " + t.String())
	}
	return func(yield func(Type) bool) {
		for i := range t.NumOut() {
			if !yield(t.Out(i)) {
				return
			}
		}
	}
}

type StructField struct {
	Name      string
	PkgPath   string
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

func (f StructField) IsExported() bool { return f.PkgPath == "" }

type StructTag string

func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

func (tag StructTag) Lookup(key string) (value string, ok bool)

type Method struct {
	Name    string
	PkgPath string
	Type    Type
	Func    Value
	Index   int
}

func (m Method) IsExported() bool { return m.PkgPath == "" }

type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

type Value struct {
	v *opaque
}

func (v Value) Addr() Value
func (v Value) Bool() bool
func (v Value) Bytes() []byte
func (v Value) Call(in []Value) []Value
func (v Value) CanAddr() bool
func (v Value) CanSet() bool
func (v Value) CanInterface() bool
func (v Value) CanInt() bool
func (v Value) CanUint() bool
func (v Value) CanFloat() bool
func (v Value) Cap() int
func (v Value) CanConvert(t Type) bool
func (v Value) Comparable() bool
func (v Value) Complex() complex128
func (v Value) Convert(t Type) Value
func (v Value) Elem() Value
func (v Value) Equal(u Value) bool
func (v Value) Field(i int) Value
func (v Value) FieldByName(name string) Value
func (v Value) Float() float64
func (v Value) Index(i int) Value
func (v Value) Int() int64
func (v Value) Interface() any
func (v Value) IsNil() bool
func (v Value) IsValid() bool
func (v Value) IsZero() bool
func (v Value) Kind() Kind
func (v Value) Len() int
func (v Value) MapIndex(key Value) Value
func (v Value) MapKeys() []Value
func (v Value) MapRange() *MapIter
func (v Value) Method(i int) Value
func (v Value) MethodByName(name string) Value
func (v Value) NumField() int
func (v Value) NumMethod() int
func (v Value) OverflowFloat(x float64) bool
func (v Value) OverflowInt(x int64) bool
func (v Value) OverflowUint(x uint64) bool
func (v Value) Set(x Value)
func (v Value) SetBool(x bool)
func (v Value) SetBytes(x []byte)
func (v Value) SetComplex(x complex128)
func (v Value) SetFloat(x float64)
func (v Value) SetInt(x int64)
func (v Value) SetLen(n int)
func (v Value) SetMapIndex(key, elem Value)
func (v Value) SetString(x string)
func (v Value) SetUint(x uint64)
func (v Value) SetZero()
func (v Value) Slice(i, j int) Value
func (v Value) String() string
func (v Value) Type() Type
func (v Value) Uint() uint64

// Fields: each field's StructField and Value.
func (v Value) Fields() iter.Seq2[StructField, Value] {
	t := v.Type()
	if t.Kind() != Struct {
		panic("reflect: Fields of non-struct type " + t.String())
	}
	return func(yield func(StructField, Value) bool) {
		for i := range v.NumField() {
			if !yield(t.Field(i), v.Field(i)) {
				return
			}
		}
	}
}

// Methods: each method and its Value bound to v.
func (v Value) Methods() iter.Seq2[Method, Value] {
	t := v.Type()
	n := v.NumMethod()
	return func(yield func(Method, Value) bool) {
		for i := range n {
			if !yield(t.Method(i), v.Method(i)) {
				return
			}
		}
	}
}

type MapIter struct {
	it *opaque
}

func (iter *MapIter) Next() bool
func (iter *MapIter) Key() Value
func (iter *MapIter) Value() Value

func TypeOf(i any) Type
func ValueOf(i any) Value
func DeepEqual(x, y any) bool
func New(typ Type) Value
func Zero(typ Type) Value
func MakeSlice(typ Type, len, cap int) Value
func MakeMap(typ Type) Value
func MakeMapWithSize(typ Type, n int) Value
func Append(s Value, x ...Value) Value
func AppendSlice(s, t Value) Value
func PointerTo(t Type) Type
func SliceOf(t Type) Type
func MapOf(key, elem Type) Type
func Swapper(slice any) func(i, j int)
func PtrTo(t Type) Type { return PointerTo(t) }
func Copy(dst, src Value) int

func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}

func TypeFor[T any]() Type {
	return TypeOf((*T)(nil)).Elem()
}
'''


# ------------------------------------------------------------------ Go-side values

def _goside_rtype(name, pointer=False):
    from .goside import package_rtype
    return package_rtype('reflect', name, pointer)


def type_value(rt):
    """The reflect.Type of RType rt (nil for None): one *rtype per RType per run."""
    if rt is None:
        return None
    types = current().state('reflect.types', dict)
    p = types.get(rt)
    if p is None:
        p = types[rt] = [rt]
    return (_goside_rtype('rtype', True), p)


def rtype_of(t):
    """The RType inside a reflect.Type value (t non-nil)."""
    return t[1][0]


def value_value(v):
    """A reflect.Value (a Go struct: a list) holding introspect Value v."""
    return [None if v.rt is None else v]


def _v(v):
    """The introspect Value inside a reflect.Value."""
    x = v[0]
    return I.INVALID if x is None else x


def _str_panic(msg):
    return GoPanic((R.rtype(T.Typ[T.STRING]), msg.encode()))


def _value_error(method, kind):
    return GoPanic((_goside_rtype('ValueError', True), [f'reflect.Value.{method}'.encode(), kind]))


def _must_be(v, kinds, method):
    k = v.kind
    if k not in kinds:
        raise _value_error(method, k)


def _must_be_assignable(v, method):
    if v.rt is None:
        raise _value_error(method, R.INVALID)
    if v.flag & I.RO:
        raise _str_panic(f'reflect: reflect.Value.{method} using value obtained using unexported field')
    if not v.flag & I.ADDR:
        raise _str_panic(f'reflect: reflect.Value.{method} using unaddressable value')


def _must_be_exported(v, method):
    if v.rt is None:
        raise _value_error(method, R.INVALID)
    if v.flag & I.RO:
        raise _str_panic(f'reflect: reflect.Value.{method} using value obtained using unexported field')


_INT = frozenset(R.SIGNED_KINDS)
_UINT = frozenset(R.UNSIGNED_KINDS)
_FLOAT = frozenset(R.FLOAT_KINDS)
_COMPLEX = frozenset(R.COMPLEX_KINDS)


# ------------------------------------------------------------------ names

def type_name(rt):
    """reflect's Type.Name: a defined type's name (with type arguments), a
    predeclared type's name, or "" for a type literal."""
    t = T.unalias(rt.t)
    if isinstance(t, T.Named):
        pkg = t.obj.pkg
        return rt.name[len(pkg.name) + 1:] if pkg is not None else rt.name
    if isinstance(t, T.Basic):
        return rt.name
    return ''


def _exported(name):
    return name[:1].isupper()


def exported_methods(rt):
    """The sorted names of rt's exported methods (all of an interface's)."""
    if rt.kind == R.INTERFACE:
        return sorted(rt.iface_methods)
    return sorted(n for n in methods_of(rt) if _exported(n))


# ------------------------------------------------------------------ Type methods

def rtype_Align(t):
    return t[0].align


def rtype_FieldAlign(t):
    return t[0].align


def rtype_Size(t):
    return t[0].size


def rtype_String(t):
    return t[0].name.encode()


def rtype_Name(t):
    return type_name(t[0]).encode()


def rtype_PkgPath(t):
    rt = t[0]
    return rt.pkg_path.encode() if rt.named else b''


def rtype_Kind(t):
    return t[0].kind


def rtype_NumMethod(t):
    return len(exported_methods(t[0]))


def rtype_Comparable(t):
    return t[0].comparable


def rtype_Bits(t):
    rt = t[0]
    if rt.kind not in _INT and rt.kind not in _UINT and rt.kind not in _FLOAT and rt.kind not in _COMPLEX:
        raise _str_panic('reflect: Bits of non-arithmetic Type ' + rt.name)
    return rt.size * 8


def _type_arg(u, what):
    if u is None:
        raise _str_panic(f'reflect: nil type passed to Type.{what}')
    return rtype_of(u)


def rtype_Implements(t, u):
    ut = _type_arg(u, 'Implements')
    if ut.kind != R.INTERFACE:
        raise _str_panic('reflect: non-interface type passed to Type.Implements')
    return I.implements(t[0], ut)


def rtype_AssignableTo(t, u):
    return assignable(t[0], _type_arg(u, 'AssignableTo'))


def rtype_ConvertibleTo(t, u):
    return convertible(t[0], _type_arg(u, 'ConvertibleTo'))


def rtype_ChanDir(t):
    rt = t[0]
    if rt.kind != R.CHAN:
        raise _str_panic('reflect: ChanDir of non-chan type ' + rt.name)
    return {T.SEND: 2, T.RECV: 1}.get(rt.dir, 3)


def rtype_Elem(t):
    rt = t[0]
    if rt.kind not in (R.ARRAY, R.CHAN, R.MAP, R.POINTER, R.SLICE):
        raise _str_panic('reflect: Elem of invalid type ' + rt.name)
    return type_value(rt.elem)


def rtype_Key(t):
    rt = t[0]
    if rt.kind != R.MAP:
        raise _str_panic('reflect: Key of non-map type ' + rt.name)
    return type_value(rt.key)


def rtype_Len(t):
    rt = t[0]
    if rt.kind != R.ARRAY:
        raise _str_panic('reflect: Len of non-array type ' + rt.name)
    return rt.len


def _struct(rt, what):
    if rt.kind != R.STRUCT:
        raise _str_panic(f'reflect: {what} of non-struct type ' + rt.name)


def rtype_NumField(t):
    _struct(t[0], 'NumField')
    return len(t[0].fields)


def rtype_Field(t, i):
    rt = t[0]
    _struct(rt, 'Field')
    if not 0 <= i < len(rt.fields):
        raise _str_panic('reflect: Field index out of bounds')
    return struct_field(rt, [i])


def rtype_FieldByName(t, name):
    rt = t[0]
    _struct(rt, 'FieldByName')
    index = field_index_by_name(rt, name)
    if index is None:
        return _zero_struct_field(), False
    return struct_field(rt, index), True


def _func(rt, what):
    if rt.kind != R.FUNC:
        raise _str_panic(f'reflect: {what} of non-func type ' + rt.name)
    return rt.sig


def rtype_NumIn(t):
    return len(_func(t[0], 'NumIn').params.vars)


def rtype_NumOut(t):
    return len(_func(t[0], 'NumOut').results.vars)


def rtype_In(t, i):
    return type_value(R.rtype(_func(t[0], 'In').params.vars[i].type))


def rtype_Out(t, i):
    return type_value(R.rtype(_func(t[0], 'Out').results.vars[i].type))


def rtype_IsVariadic(t):
    return _func(t[0], 'IsVariadic').variadic


def rtype_Method(t, i):
    rt = t[0]
    names = exported_methods(rt)
    if not 0 <= i < len(names):
        raise _str_panic('reflect: Method index out of range')
    return _method_struct(rt, names[i], i)


def rtype_MethodByName(t, name):
    rt = t[0]
    names = exported_methods(rt)
    name = name.decode('utf-8', 'surrogateescape')
    if name not in names:
        return _method_struct(None, '', 0), False
    return _method_struct(rt, name, names.index(name)), True


def _method_struct(rt, name, i):
    """A reflect.Method for rt's method name: its Type and Func take the
    receiver first (an interface type's have no Func)."""
    if rt is None:
        return [b'', b'', None, [None], 0]
    sig = method_signature(rt, name)
    if rt.kind == R.INTERFACE:
        return [name.encode(), b'', type_value(R.rtype(sig)), [None], i]
    recv = T.Var('', rt.t)
    full = T.Signature(T.Tuple([recv] + list(sig.params.vars)), sig.results, sig.variadic)
    frt = R.rtype(full)
    fn = methods_of(rt)[name]
    return [name.encode(), b'', type_value(frt), value_value(I.Value(frt, [fn], 0)), i]


def method_signature(rt, name):
    """The signature of rt's method name, without its receiver."""
    from ..typecheck.lookup import lookup_field_or_method
    obj, _, _ = lookup_field_or_method(rt.t, False, name)
    sig = obj.type
    return T.Signature(sig.params, sig.results, sig.variadic)


# ------------------------------------------------------------------ struct fields and tags

def _field_offsets(rt):
    offs = []
    off = 0
    for f in rt.fields:
        a = f.align
        off = (off + a - 1) // a * a
        offs.append(off)
        off += f.size
    return offs


def struct_field(rt, index):
    """The reflect.StructField (a list) at index path `index` from struct rt."""
    for i in index[:-1]:
        rt = rt.fields[i]
        if rt.kind == R.POINTER:
            rt = rt.elem
    i = index[-1]
    u = rt.t.underlying()
    var = u.fields[i]
    pkg = b''
    if not rt.exported_fields[i] and var.pkg is not None:
        pkg = var.pkg.path.encode()
    name = rt.field_names[i]
    return [name.encode(), pkg, type_value(rt.fields[i]), rt.tags[i].encode(), _field_offsets(rt)[i],
            I.make_slice(list(index)), rt.embedded[i]]


def _zero_struct_field():
    return [b'', b'', None, b'', 0, NIL_SLICE, False]


def field_index_by_name(rt, name):
    """The index path of struct rt's field name, promoted through embedded
    structs as Go's selector rules find it (None: absent or ambiguous)."""
    if isinstance(name, bytes):
        name = name.decode('utf-8', 'surrogateescape')
    level = [(rt, [])]
    seen = set()
    while level:
        found = None
        count = 0
        nxt = []
        for srt, path in level:
            if srt in seen:
                continue
            seen.add(srt)
            for i, fname in enumerate(srt.field_names):
                frt = srt.fields[i]
                if fname == name:
                    count += 1
                    found = path + [i]
                elif srt.embedded[i]:
                    e = frt.elem if frt.kind == R.POINTER else frt
                    if e.kind == R.STRUCT:
                        nxt.append((e, path + [i]))
        if count == 1:
            return found
        if count > 1:
            return None
        level = nxt
    return None


def StructTag_Lookup(tag, key):
    """Go's conventional tag syntax: space-separated key:"value" pairs, the
    value a Go string literal; scanning stops at the first malformed pair."""
    from .strconv import _unquote
    while tag:
        tag = tag.lstrip(b' ')
        if not tag:
            break
        i = 0
        while i < len(tag) and tag[i] > 0x20 and tag[i] not in (0x3a, 0x22, 0x7f):
            i += 1
        if i == 0 or i + 1 >= len(tag) or tag[i] != 0x3a or tag[i + 1] != 0x22:
            break
        name = tag[:i]
        tag = tag[i + 1:]
        i = 1
        while i < len(tag) and tag[i] != 0x22:
            if tag[i] == 0x5c:
                i += 1
            i += 1
        if i >= len(tag):
            break
        qvalue = tag[:i + 1]
        tag = tag[i + 1:]
        if name == key:
            out, rem, ok = _unquote(qvalue, True)
            if not ok or rem:
                break
            return out, True
    return b'', False


def tag_get(tag, key):
    """StructTag.Get on a Python str tag (the RType's)."""
    return StructTag_Lookup(tag.encode(), key)[0]


# ------------------------------------------------------------------ assignability

def assignable(src, dst):
    """Whether a value of type src may be assigned to type dst (Go's rules
    as reflect applies them)."""
    if src is dst:
        return True
    if dst.kind == R.INTERFACE:
        return I.implements(src, dst)
    if _defined(src) and _defined(dst):
        return False
    su, du = src.t.underlying(), dst.t.underlying()
    if src.kind == R.CHAN and dst.kind == R.CHAN and src.dir == T.BOTH and T.identical(su.elem, du.elem):
        return True
    return T.identical(su, du)


def _defined(rt):
    """A defined type: declared, or predeclared (int, string...)."""
    return rt.named or isinstance(T.unalias(rt.t), T.Basic)


def converted_for(dst_rt, v, method):
    """Value v's raw value as stored into a slot of type dst_rt (boxed into
    an interface when dst is one); panics as reflect's Set does."""
    _must_be_exported(v, method)
    if not assignable(v.rt, dst_rt):
        raise _str_panic(f'reflect.{method}: value of type {v.rt.name} is not assignable to type {dst_rt.name}')
    if dst_rt.kind == R.INTERFACE and v.rt.kind != R.INTERFACE:
        return v.interface()
    x = v.get()
    return v.rt.copy(x) if v.rt.aggregate else x


# ------------------------------------------------------------------ Value methods

def Value_IsValid(v):
    return v[0] is not None


def Value_Kind(v):
    return _v(v).kind


def Value_Type(v):
    x = _v(v)
    if x.rt is None:
        raise _value_error('Type', R.INVALID)
    return type_value(x.rt)


def Value_CanAddr(v):
    return _v(v).can_addr()


def Value_CanSet(v):
    return _v(v).can_set()


def Value_CanInterface(v):
    x = _v(v)
    if x.rt is None:
        raise _value_error('CanInterface', R.INVALID)
    return x.can_interface()


def Value_CanInt(v):
    return _v(v).kind in _INT


def Value_CanUint(v):
    return _v(v).kind in _UINT


def Value_CanFloat(v):
    return _v(v).kind in _FLOAT


def Value_Interface(v):
    x = _v(v)
    if x.rt is None:
        raise _value_error('Interface', R.INVALID)
    if x.flag & I.RO:
        raise _str_panic('reflect.Value.Interface: cannot return value obtained from unexported field or method')
    return x.interface()


def Value_Bool(v):
    x = _v(v)
    _must_be(x, (R.BOOL,), 'Bool')
    return x.get()


def Value_Int(v):
    x = _v(v)
    _must_be(x, _INT, 'Int')
    return x.get()


def Value_Uint(v):
    x = _v(v)
    _must_be(x, _UINT, 'Uint')
    return x.get()


def Value_Float(v):
    x = _v(v)
    _must_be(x, _FLOAT, 'Float')
    return x.get()


def Value_Complex(v):
    x = _v(v)
    _must_be(x, _COMPLEX, 'Complex')
    return x.get()


def Value_String(v):
    x = _v(v)
    if x.rt is None:
        return b'<invalid Value>'
    if x.kind == R.STRING:
        return x.get()
    return b'<' + x.rt.name.encode() + b' Value>'


def Value_Bytes(v):
    x = _v(v)
    k = x.kind
    if k == R.SLICE:
        if x.rt.elem.kind != R.UINT8:
            raise _str_panic('reflect.Value.Bytes of non-byte slice')
        return x.get()
    if k == R.ARRAY:
        if x.rt.elem.kind != R.UINT8:
            raise _str_panic('reflect.Value.Bytes of non-byte array')
        if not x.can_addr():
            raise _str_panic('reflect.Value.Bytes of unaddressable byte array')
        a = x.get()
        return Slice(a, 0, len(a), len(a))
    raise _value_error('Bytes', k)


def Value_Len(v):
    x = _v(v)
    k = x.kind
    if k in (R.ARRAY, R.CHAN, R.MAP, R.SLICE, R.STRING) or (k == R.POINTER and x.rt.elem.kind == R.ARRAY):
        return x.length()
    raise _value_error('Len', k)


def Value_Cap(v):
    x = _v(v)
    k = x.kind
    if k in (R.ARRAY, R.CHAN, R.SLICE) or (k == R.POINTER and x.rt.elem.kind == R.ARRAY):
        return x.cap()
    raise _value_error('Cap', k)


def Value_IsNil(v):
    x = _v(v)
    if x.kind not in I.NILABLE_KINDS:
        raise _value_error('IsNil', x.kind)
    return x.is_nil()


def Value_IsZero(v):
    x = _v(v)
    if x.rt is None:
        raise _value_error('IsZero', R.INVALID)
    return x.is_zero()


def Value_Elem(v):
    x = _v(v)
    if x.kind not in (R.INTERFACE, R.POINTER):
        raise _value_error('Elem', x.kind)
    return value_value(x.elem())


def Value_Addr(v):
    x = _v(v)
    if not x.can_addr():
        raise _str_panic('reflect.Value.Addr of unaddressable value')
    return value_value(x.addr())


def Value_NumField(v):
    x = _v(v)
    _must_be(x, (R.STRUCT,), 'NumField')
    return len(x.rt.fields)


def Value_Field(v, i):
    x = _v(v)
    _must_be(x, (R.STRUCT,), 'Field')
    if not 0 <= i < len(x.rt.fields):
        raise _str_panic('reflect: Field index out of range')
    return value_value(x.field(i))


def Value_FieldByName(v, name):
    x = _v(v)
    _must_be(x, (R.STRUCT,), 'FieldByName')
    index = field_index_by_name(x.rt, name)
    if index is None:
        return [None]
    for i in index[:-1]:
        x = x.field(i)
        if x.kind == R.POINTER:
            if x.is_nil():
                raise _str_panic('reflect: indirection through nil pointer to embedded struct')
            x = x.elem()
    return value_value(x.field(index[-1]))


def Value_Index(v, i):
    x = _v(v)
    k = x.kind
    if k not in (R.SLICE, R.ARRAY, R.STRING):
        raise _value_error('Index', k)
    if not 0 <= i < x.length():
        raise _str_panic('reflect: {} index out of range'.format({R.SLICE: 'slice', R.ARRAY: 'array',
                                                                  R.STRING: 'string'}[k]))
    return value_value(x.index(i))


def Value_MapKeys(v):
    x = _v(v)
    _must_be(x, (R.MAP,), 'MapKeys')
    krt = x.rt.key
    keys = [value_value(I.Value(krt, [k], 0, x.flag & I.RO_FIELD)) for k, _ in x.map_items()]
    return I.make_slice(keys)


def Value_MapIndex(v, key):
    x = _v(v)
    _must_be(x, (R.MAP,), 'MapIndex')
    k = converted_for(x.rt.key, _v(key), 'Value.MapIndex')
    return value_value(x.map_index(k))


def Value_SetMapIndex(v, key, elem):
    x = _v(v)
    _must_be(x, (R.MAP,), 'SetMapIndex')
    _must_be_exported(x, 'SetMapIndex')
    k = converted_for(x.rt.key, _v(key), 'Value.SetMapIndex')
    m = x.get()
    e = _v(elem)
    kk = k if x.rt.key.hash_direct else x.rt.key.kin(k)
    if e.rt is None:
        if m:
            m.pop(kk, None)
        return
    val = converted_for(x.rt.elem, e, 'Value.SetMapIndex')
    if m is None:
        raise nil_map_write()
    m[kk] = val


class _MapIter:
    __slots__ = ('m', 'items', 'i')

    def __init__(self, m):
        self.m = m
        self.items = None
        self.i = -1


def Value_MapRange(v):
    x = _v(v)
    _must_be(x, (R.MAP,), 'MapRange')
    return [_MapIter(x)]


def MapIter_Next(it):
    st = it[0]
    if st.items is None:
        st.items = st.m.map_items()
    st.i += 1
    return st.i < len(st.items)


def _iter_entry(it, method):
    st = it[0]
    if st.items is None or st.i < 0:
        raise _str_panic(f'MapIter.{method} called before Next')
    if st.i >= len(st.items):
        raise _str_panic(f'MapIter.{method} called on exhausted iterator')
    return st.m, st.items[st.i]


def MapIter_Key(it):
    m, (k, _) = _iter_entry(it, 'Key')
    return value_value(I.Value(m.rt.key, [k], 0))


def MapIter_Value(it):
    m, (_, e) = _iter_entry(it, 'Value')
    return value_value(I.Value(m.rt.elem, [e], 0))


def Value_Set(v, x):
    dst = _v(v)
    _must_be_assignable(dst, 'Set')
    dst.set(converted_for(dst.rt, _v(x), 'Set'))


def _setter(method, kinds, conv=None):
    def set_(v, x):
        dst = _v(v)
        _must_be_assignable(dst, method)
        _must_be(dst, kinds, method)
        dst.set(conv(dst.rt.kind)(x) if conv else x)
    return set_


def _wrap(kind):
    from ..compile.ops import wrapper
    return wrapper(kind) or (lambda x: x)


Value_SetBool = _setter('SetBool', (R.BOOL,))
Value_SetString = _setter('SetString', (R.STRING,))
Value_SetInt = _setter('SetInt', _INT, _wrap)
Value_SetUint = _setter('SetUint', _UINT, _wrap)
Value_SetFloat = _setter('SetFloat', _FLOAT, _wrap)
Value_SetComplex = _setter('SetComplex', _COMPLEX, _wrap)


def Value_SetBytes(v, x):
    dst = _v(v)
    _must_be_assignable(dst, 'SetBytes')
    _must_be(dst, (R.SLICE,), 'SetBytes')
    if dst.rt.elem.kind != R.UINT8:
        raise _str_panic('reflect.Value.SetBytes of non-byte slice')
    dst.set(x)


def Value_SetZero(v):
    dst = _v(v)
    _must_be_assignable(dst, 'SetZero')
    dst.set_zero()


def Value_SetLen(v, n):
    dst = _v(v)
    _must_be_assignable(dst, 'SetLen')
    _must_be(dst, (R.SLICE,), 'SetLen')
    s = dst.get()
    if not 0 <= n <= s.cap:
        raise _str_panic('reflect: slice length out of range in SetLen')
    dst.set(Slice(s.a, s.off, n, s.cap))


def Value_OverflowInt(v, x):
    k = _v(v).kind
    _must_be(_v(v), _INT, 'OverflowInt')
    return _wrap(k)(x) != x


def Value_OverflowUint(v, x):
    k = _v(v).kind
    _must_be(_v(v), _UINT, 'OverflowUint')
    return _wrap(k)(x) != x


def Value_OverflowFloat(v, x):
    xv = _v(v)
    _must_be(xv, _FLOAT, 'OverflowFloat')
    return float_overflows(xv.kind, x)


def float_overflows(kind, x):
    """Whether float64 x is out of float32's range (an infinity is not)."""
    return kind == R.FLOAT32 and 3.4028234663852886e38 < abs(x) <= 1.7976931348623157e308


def Value_NumMethod(v):
    x = _v(v)
    if x.rt is None:
        raise _value_error('NumMethod', R.INVALID)
    return len(exported_methods(x.rt))


def _method_value(x, name):
    """The Value of method value x.name (a func of the method's signature)."""
    if x.kind == R.INTERFACE:
        inner = x.elem()
        if inner.rt is None:
            raise _str_panic('reflect: Method on nil interface value')
        fn = methods_of(inner.rt)[name]
        recv = inner.get()
    else:
        fn = methods_of(x.rt)[name]
        recv = x.get()
    sig = method_signature(x.rt, name)
    return I.Value(R.rtype(sig), [lambda *a: fn(recv, *a)], 0)


def Value_Method(v, i):
    x = _v(v)
    if x.rt is None:
        raise _value_error('Method', R.INVALID)
    names = exported_methods(x.rt)
    if not 0 <= i < len(names):
        raise _str_panic('reflect: Method index out of range')
    return value_value(_method_value(x, names[i]))


def Value_MethodByName(v, name):
    x = _v(v)
    if x.rt is None:
        raise _value_error('MethodByName', R.INVALID)
    name = name.decode('utf-8', 'surrogateescape')
    if name not in exported_methods(x.rt):
        return [None]
    return value_value(_method_value(x, name))


def Value_Call(v, ins):
    """Call a func Value with the argument Values in (variadic ones packed
    into the final slice, as Go does); the results as Values."""
    x = _v(v)
    _must_be(x, (R.FUNC,), 'Call')
    _must_be_exported(x, 'Call')
    fn = x.get()
    if fn is None:
        raise _str_panic('reflect.Value.Call: call of nil function')
    sig = x.rt.sig
    args = [_v(a) for a in (ins.a[ins.off:ins.off + ins.len] if ins.a is not None else [])]
    params = [R.rtype(p.type) for p in sig.params.vars]
    n = len(params)
    if sig.variadic:
        if len(args) < n - 1:
            raise _str_panic('reflect: Call with too few input arguments')
    elif len(args) != n:
        raise _str_panic('reflect: Call with too {} input arguments'.format('few' if len(args) < n else 'many'))
    for a in args:
        if a.rt is None:
            raise _str_panic('reflect: Call using zero Value argument')
    raw = []
    fixed = n - 1 if sig.variadic else n
    for i in range(fixed):
        raw.append(_call_arg(args[i], params[i], i))
    if sig.variadic:
        ert = params[-1].elem
        extra = [_call_arg(a, ert, fixed + j) for j, a in enumerate(args[fixed:])]
        raw.append(I.make_slice(extra) if extra else NIL_SLICE)
    out = fn(*raw)
    results = [R.rtype(r.type) for r in sig.results.vars]
    if not results:
        return Slice([], 0, 0, 0)
    vals = out if len(results) > 1 else (out,)
    return I.make_slice([value_value(I.Value(rt, [val], 0)) for rt, val in zip(results, vals)])


def _call_arg(a, prt, i):
    if not assignable(a.rt, prt):
        raise _str_panic(f'reflect: Call using {a.rt.name} as type {prt.name}')
    if prt.kind == R.INTERFACE and a.rt.kind != R.INTERFACE:
        return a.interface()
    x = a.get()
    return a.rt.copy(x) if a.rt.aggregate else x


def Value_Slice(v, i, j):
    x = _v(v)
    k = x.kind
    if k == R.SLICE:
        s = x.get()
        if not 0 <= i <= j <= s.cap:
            raise _str_panic('reflect.Value.Slice: slice index out of bounds')
        return value_value(I.Value(x.rt, [Slice(s.a, s.off + i, j - i, s.cap - i)], 0))
    if k == R.STRING:
        s = x.get()
        if not 0 <= i <= j <= len(s):
            raise _str_panic('reflect.Value.Slice: string slice index out of bounds')
        return value_value(I.Value(x.rt, [s[i:j]], 0))
    if k == R.ARRAY:
        if not x.can_addr():
            raise _str_panic('reflect.Value.Slice: slice of unaddressable array')
        n = x.rt.len
        if not 0 <= i <= j <= n:
            raise _str_panic('reflect.Value.Slice: slice index out of bounds')
        srt = R.rtype(T.Slice(x.rt.elem.t))
        return value_value(I.Value(srt, [Slice(x.get(), i, j - i, n - i)], 0))
    raise _value_error('Slice', k)


def Value_Comparable(v):
    x = _v(v)
    if x.rt is None:
        return True
    if x.kind == R.INTERFACE:
        inner = x.elem()
        return inner.rt is None or Value_Comparable(value_value(inner))
    if not x.rt.comparable:
        return False
    return True


def Value_Equal(v, u):
    a, b = _v(v), _v(u)
    if a.kind == R.INTERFACE:
        a = a.elem()
    if b.kind == R.INTERFACE:
        b = b.elem()
    if a.rt is None or b.rt is None:
        return a.rt is None and b.rt is None
    if a.rt is not b.rt:
        return False
    if not a.rt.comparable:
        raise _str_panic('reflect.Value.Equal: values of type ' + a.rt.name + ' are not comparable')
    return a.rt.eq(a.get(), b.get())


# ------------------------------------------------------------------ conversion

_NUMBER_KINDS = frozenset(_INT | _UINT | _FLOAT)


def convertible(src, dst):
    """Whether Go allows converting a value of type src to type dst (the
    conversions reflect's Convert performs)."""
    if assignable(src, dst):
        return True
    sk, dk = src.kind, dst.kind
    su, du = src.t.underlying(), dst.t.underlying()
    if T.identical(su, du):
        return True
    if sk == R.POINTER and dk == R.POINTER and not src.named and not dst.named \
            and T.identical(src.elem.t.underlying(), dst.elem.t.underlying()):
        return True
    if sk in _NUMBER_KINDS and dk in _NUMBER_KINDS or sk in _COMPLEX and dk in _COMPLEX:
        return True
    if dk == R.STRING and (sk in _INT or sk in _UINT or _is_bytes_or_runes(src)):
        return True
    if sk == R.STRING and _is_bytes_or_runes(dst):
        return True
    if sk == R.SLICE and dk == R.ARRAY and T.identical(src.elem.t, dst.elem.t):
        return True
    return False


def _is_bytes_or_runes(rt):
    return rt.kind == R.SLICE and rt.elem.kind in (R.UINT8, R.INT32)


def convert_raw(src, dst, x):
    """Value x of type src converted to type dst (convertible(src, dst))."""
    from ..compile.ops import wrapper
    from ..text import gostr
    sk, dk = src.kind, dst.kind
    if dk == R.INTERFACE:
        return None if sk == R.INTERFACE and x is None else (x if sk == R.INTERFACE else (src, x))
    if sk in _NUMBER_KINDS and dk in _NUMBER_KINDS:
        if dk in _FLOAT:
            f = float(x)
            return wrapper(dk)(f) if dk == R.FLOAT32 else f
        if sk in _FLOAT:
            from ..compile.convert import _float_to_int
            return _float_to_int(x, dk)
        return wrapper(dk)(x)
    if sk in _COMPLEX and dk in _COMPLEX:
        w = wrapper(dk)
        return w(complex(x)) if w else complex(x)
    if dk == R.STRING:
        if sk in _INT or sk in _UINT:
            return gostr.encode_rune(x if 0 <= x <= 0x10FFFF else 0xFFFD)
        if sk == R.SLICE:
            items = I.slice_items(x)
            return bytes(items) if src.elem.kind == R.UINT8 else gostr.from_runes(items)
        return x
    if sk == R.STRING and dk == R.SLICE:
        return I.make_slice(list(x) if dst.elem.kind == R.UINT8 else gostr.to_runes(x))
    if sk == R.SLICE and dk == R.ARRAY:
        if x.len < dst.len:
            raise _str_panic(f'reflect: cannot convert slice with length {x.len} to array or pointer to array with length {dst.len}')
        return dst.copy(I.slice_items(x)[:dst.len])
    return src.copy(x) if src.aggregate else x


def Value_CanConvert(v, t):
    x = _v(v)
    dst = _type_arg(t, 'CanConvert')
    if not convertible(x.rt, dst):
        return False
    if x.kind == R.SLICE and dst.kind == R.ARRAY and x.get().len < dst.len:
        return False
    return True


def Value_Convert(v, t):
    x = _v(v)
    if x.rt is None:
        raise _value_error('Convert', R.INVALID)
    dst = rtype_of(t)
    if not convertible(x.rt, dst):
        raise _str_panic(f'reflect.Value.Convert: value of type {x.rt.name} cannot be converted to type {dst.name}')
    return value_value(I.Value(dst, [convert_raw(x.rt, dst, x.get())], 0, x.flag & I.RO))


# ------------------------------------------------------------------ functions

def TypeOf(i):
    return type_value(None if i is None else i[0])


def ValueOf(i):
    return value_value(I.value_of(i))


def DeepEqual(x, y):
    if x is None or y is None:
        return x is y
    if x[0] is not y[0]:
        return False
    return I.deep_equal(x[0], x[1], y[1])


def _type_param(t, fn):
    if t is None:
        raise _str_panic(f'reflect: {fn}(nil)')
    return rtype_of(t)


def New(t):
    rt = _type_param(t, 'New')
    return value_value(I.Value(I.pointer_to(rt), [I.new_pointer(rt)], 0))


def Zero(t):
    rt = _type_param(t, 'Zero')
    return value_value(I.Value(rt, [rt.zero()], 0))


def PointerTo(t):
    return type_value(I.pointer_to(rtype_of(t)))


def SliceOf(t):
    return type_value(R.rtype(T.Slice(rtype_of(t).t)))


def MapOf(key, elem):
    k = rtype_of(key)
    if not k.comparable:
        raise _str_panic('reflect.MapOf: invalid key type ' + k.name)
    return type_value(R.rtype(T.Map(k.t, rtype_of(elem).t)))


def Swapper(x):
    """A function swapping two elements of slice x (in place)."""
    if x is None or x[0].kind != R.SLICE:
        kind = 'invalid' if x is None else I.kind_name(x[0].kind)
        raise GoPanic((R.rtype(T.Typ[T.STRING]), f'reflect: call of Swapper on {kind} Value'.encode()))
    rt, s = x

    def swap(i, j):
        n = s.len
        if not (0 <= i < n and 0 <= j < n):
            from ..runtime.panic import index_error
            raise index_error(i if not 0 <= i < n else j, n)
        a, off = s.a, s.off
        a[off + i], a[off + j] = a[off + j], a[off + i]
    return swap


def MakeSlice(t, n, cap):
    rt = rtype_of(t)
    if rt.kind != R.SLICE:
        raise _str_panic('reflect.MakeSlice of non-slice type')
    if n < 0:
        raise _str_panic('reflect.MakeSlice: negative len')
    if cap < 0:
        raise _str_panic('reflect.MakeSlice: negative cap')
    if n > cap:
        raise _str_panic('reflect.MakeSlice: len > cap')
    from ..compile.builtins import zero_filler
    return value_value(I.Value(rt, [Slice(zero_filler(rt.elem)(cap), 0, n, cap)], 0))


def MakeMap(t):
    rt = rtype_of(t)
    if rt.kind != R.MAP:
        raise _str_panic('reflect.MakeMap of non-map type')
    return value_value(I.Value(rt, [{}], 0))


def MakeMapWithSize(t, n):
    return MakeMap(t)


def _append(s, vals):
    from ..compile.builtins import grow_append, zero_filler
    ert = s.rt.elem
    return value_value(I.Value(s.rt, [grow_append(s.get(), vals, ert.size, not ert.has_ptr,
                                                  zero_filler(ert))], 0))


def Append(s, xs):
    sv = _v(s)
    _must_be(sv, (R.SLICE,), 'Append')
    ert = sv.rt.elem
    vals = [converted_for(ert, _v(x), 'Append') for x in (xs.a[xs.off:xs.off + xs.len] if xs.a else [])]
    return _append(sv, vals)


def AppendSlice(s, t):
    sv, tv = _v(s), _v(t)
    _must_be(sv, (R.SLICE,), 'AppendSlice')
    _must_be(tv, (R.SLICE,), 'AppendSlice')
    if not T.identical(sv.rt.elem.t, tv.rt.elem.t):
        raise _str_panic(f'reflect.AppendSlice: {sv.rt.name} != {tv.rt.name}')
    ert = sv.rt.elem
    vals = I.slice_items(tv.get())
    if ert.aggregate:
        vals = [ert.copy(x) for x in vals]
    return _append(sv, vals)


def Copy(dst, src):
    d, s = _v(dst), _v(src)
    if d.kind not in (R.SLICE, R.ARRAY):
        raise _value_error('Copy', d.kind)
    if d.kind == R.ARRAY and not d.can_set():
        raise _str_panic('reflect: reflect.Copy using unaddressable array value')
    n = min(d.length(), s.length())
    for i in range(n):
        d.index(i).set(s.index(i).get())
    return n


# ------------------------------------------------------------------ fmt's view of a Value

def printable(v):
    """What fmt prints for a reflect.Value argument: the interface value it
    holds (None for the zero Value), and whether that may be used for
    methods (not when it came through an unexported field)."""
    x = _v(v)
    if x.rt is None:
        return None, False
    return (x.rt, x.get()), x.can_interface()
