package npmrc

import (
	"fmt"
	"log/slog"
)

const redacted = "[REDACTED]"

// Secret holds a credential. Every way of printing it (fmt verbs, %#v,
// slog, text marshalling) shows "[REDACTED]"; only Reveal returns the
// value. The value sits behind a closure so that even reflection-based
// printers of an enclosing struct see a function pointer, not the text.
type Secret struct {
	get func() string
}

// NewSecret wraps s.
func NewSecret(s string) Secret {
	if s == "" {
		return Secret{}
	}
	return Secret{get: func() string { return s }}
}

// Reveal returns the secret value. Call it only to build a request header.
func (s Secret) Reveal() string {
	if s.get == nil {
		return ""
	}
	return s.get()
}

// IsZero reports whether the secret is empty.
func (s Secret) IsZero() bool { return s.get == nil }

func (s Secret) String() string {
	if s.IsZero() {
		return ""
	}
	return redacted
}

// GoString implements fmt.GoStringer.
func (s Secret) GoString() string { return "npmrc.Secret(" + s.String() + ")" }

// Format implements fmt.Formatter so that no verb prints the value.
func (s Secret) Format(f fmt.State, verb rune) {
	if verb == 'v' && f.Flag('#') {
		_, _ = f.Write([]byte(s.GoString()))
		return
	}
	_, _ = f.Write([]byte(s.String()))
}

// LogValue implements slog.LogValuer.
func (s Secret) LogValue() slog.Value { return slog.StringValue(s.String()) }

// MarshalText implements encoding.TextMarshaler (redacted).
func (s Secret) MarshalText() ([]byte, error) { return []byte(s.String()), nil }
