package trust

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// Key usages in the registry's keys.json TUF target. Keys from the
// /-/npm/v1/keys endpoint carry no usage and serve both.
const (
	UsageSignatures   = "npm:signatures"
	UsageAttestations = "npm:attestations"
)

// MaxKeysSize caps the bytes of a keys document, MaxKeys its entries.
const (
	MaxKeysSize = 1 << 20
	MaxKeys     = 256
)

// RegistryKey is one ECDSA P-256 public key a registry signs with.
type RegistryKey struct {
	KeyID string `json:"keyId"`
	// Usage is UsageSignatures, UsageAttestations, or "" for both.
	Usage string `json:"usage,omitempty"`
	// DER is the SubjectPublicKeyInfo the key was decoded from.
	DER []byte           `json:"-"`
	Key *ecdsa.PublicKey `json:"-"`
	// NotBefore and Expires bound the publish times the key may sign; a zero
	// value is unbounded. npm refuses a signature when the release was
	// published at or after Expires.
	NotBefore time.Time `json:"notBefore,omitzero"`
	Expires   time.Time `json:"expires,omitzero"`
}

// ValidAt reports whether the key may sign something published at t.
func (k RegistryKey) ValidAt(t time.Time) bool {
	if !k.NotBefore.IsZero() && t.Before(k.NotBefore) {
		return false
	}
	return k.Expires.IsZero() || t.Before(k.Expires)
}

// Keyring is the set of keys one registry publishes.
type Keyring struct {
	keys []RegistryKey
}

// NewKeyring returns a keyring holding keys (for tests and integrators that
// build keys themselves).
func NewKeyring(keys ...RegistryKey) *Keyring {
	return &Keyring{keys: append([]RegistryKey(nil), keys...)}
}

// Len returns the number of keys; a nil keyring has none.
func (k *Keyring) Len() int {
	if k == nil {
		return 0
	}
	return len(k.keys)
}

// Keys returns a copy of the keys.
func (k *Keyring) Keys() []RegistryKey {
	if k == nil {
		return nil
	}
	return append([]RegistryKey(nil), k.keys...)
}

// Lookup returns the key with keyID for usage: an entry with exactly that
// usage wins over one without a usage.
func (k *Keyring) Lookup(keyID, usage string) (RegistryKey, bool) {
	if k == nil {
		return RegistryKey{}, false
	}
	var generic *RegistryKey
	for i := range k.keys {
		key := &k.keys[i]
		if key.KeyID != keyID {
			continue
		}
		if key.Usage == usage {
			return *key, true
		}
		if key.Usage == "" && generic == nil {
			generic = key
		}
	}
	if generic != nil {
		return *generic, true
	}
	return RegistryKey{}, false
}

// ParseRegistryKeys decodes the registry's /-/npm/v1/keys response:
//
//	{"keys":[{"expires":null,"keyid":"SHA256:…","keytype":"ecdsa-sha2-nistp256",
//	  "scheme":"ecdsa-sha2-nistp256","key":"<base64 SPKI DER>"}]}
//
// An entry of another key type is an error, not silently dropped: it would
// turn into "unknown key" verdicts that hide the real cause.
func ParseRegistryKeys(data []byte) (*Keyring, error) {
	if len(data) > MaxKeysSize {
		return nil, invalidf("registry keys: %d bytes exceeds the %d-byte limit", len(data), MaxKeysSize)
	}
	var doc struct {
		Keys []struct {
			Expires *string `json:"expires"`
			KeyID   string  `json:"keyid"`
			KeyType string  `json:"keytype"`
			Scheme  string  `json:"scheme"`
			Key     string  `json:"key"`
		} `json:"keys"`
	}
	if err := json.Unmarshal(bytes.TrimPrefix(data, bom), &doc); err != nil {
		return nil, invalidf("registry keys: %v", err)
	}
	if doc.Keys == nil {
		return nil, invalidf("registry keys: no \"keys\" array")
	}
	if len(doc.Keys) > MaxKeys {
		return nil, invalidf("registry keys: %d keys exceeds the limit of %d", len(doc.Keys), MaxKeys)
	}
	ring := &Keyring{}
	for i, e := range doc.Keys {
		if e.KeyID == "" {
			return nil, invalidf("registry keys: key %d has no keyid", i)
		}
		if e.KeyType != "ecdsa-sha2-nistp256" || (e.Scheme != "" && e.Scheme != "ecdsa-sha2-nistp256") {
			return nil, invalidf("registry keys: key %q has unsupported type %q/%q", clip(e.KeyID), clip(e.KeyType), clip(e.Scheme))
		}
		key, der, err := decodeECKey(e.Key)
		if err != nil {
			return nil, invalidf("registry keys: key %q: %v", clip(e.KeyID), err)
		}
		rk := RegistryKey{KeyID: e.KeyID, DER: der, Key: key}
		if e.Expires != nil {
			t, err := time.Parse(time.RFC3339, *e.Expires)
			if err != nil {
				return nil, invalidf("registry keys: key %q: expires %q is not RFC 3339", clip(e.KeyID), clip(*e.Expires))
			}
			rk.Expires = t
		}
		ring.keys = append(ring.keys, rk)
	}
	return ring, nil
}

// ParseTUFKeys decodes the registry keys.json TUF target that Sigstore
// distributes (and the @sigstore/tuf package embeds in seeds.json):
//
//	{"keys":[{"keyId":"SHA256:…","keyUsage":"npm:signatures","publicKey":{
//	  "rawBytes":"<base64 SPKI DER>","keyDetails":"PKIX_ECDSA_P256_SHA_256",
//	  "validFor":{"start":"…","end":"…"}}}]}
func ParseTUFKeys(data []byte) (*Keyring, error) {
	if len(data) > MaxKeysSize {
		return nil, invalidf("keys.json: %d bytes exceeds the %d-byte limit", len(data), MaxKeysSize)
	}
	var doc struct {
		Keys []struct {
			KeyID     string `json:"keyId"`
			KeyUsage  string `json:"keyUsage"`
			PublicKey struct {
				RawBytes   string `json:"rawBytes"`
				KeyDetails string `json:"keyDetails"`
				ValidFor   struct {
					Start string `json:"start"`
					End   string `json:"end"`
				} `json:"validFor"`
			} `json:"publicKey"`
		} `json:"keys"`
	}
	if err := json.Unmarshal(bytes.TrimPrefix(data, bom), &doc); err != nil {
		return nil, invalidf("keys.json: %v", err)
	}
	if doc.Keys == nil {
		return nil, invalidf("keys.json: no \"keys\" array")
	}
	if len(doc.Keys) > MaxKeys {
		return nil, invalidf("keys.json: %d keys exceeds the limit of %d", len(doc.Keys), MaxKeys)
	}
	ring := &Keyring{}
	for i, e := range doc.Keys {
		if e.KeyID == "" {
			return nil, invalidf("keys.json: key %d has no keyId", i)
		}
		if e.KeyUsage != UsageSignatures && e.KeyUsage != UsageAttestations {
			return nil, invalidf("keys.json: key %q has unknown usage %q", clip(e.KeyID), clip(e.KeyUsage))
		}
		if e.PublicKey.KeyDetails != "PKIX_ECDSA_P256_SHA_256" {
			return nil, invalidf("keys.json: key %q has unsupported type %q", clip(e.KeyID), clip(e.PublicKey.KeyDetails))
		}
		key, der, err := decodeECKey(e.PublicKey.RawBytes)
		if err != nil {
			return nil, invalidf("keys.json: key %q: %v", clip(e.KeyID), err)
		}
		rk := RegistryKey{KeyID: e.KeyID, Usage: e.KeyUsage, DER: der, Key: key}
		for _, f := range []struct {
			s   string
			dst *time.Time
		}{{e.PublicKey.ValidFor.Start, &rk.NotBefore}, {e.PublicKey.ValidFor.End, &rk.Expires}} {
			if f.s == "" {
				continue
			}
			t, err := time.Parse(time.RFC3339, f.s)
			if err != nil {
				return nil, invalidf("keys.json: key %q: validity %q is not RFC 3339", clip(e.KeyID), clip(f.s))
			}
			*f.dst = t
		}
		ring.keys = append(ring.keys, rk)
	}
	return ring, nil
}

var bom = []byte("\xef\xbb\xbf")

func decodeECKey(b64 string) (*ecdsa.PublicKey, []byte, error) {
	der, err := base64.StdEncoding.DecodeString(b64)
	if err != nil {
		return nil, nil, errors.New("public key is not base64")
	}
	pub, err := x509.ParsePKIXPublicKey(der)
	if err != nil {
		return nil, nil, fmt.Errorf("public key is not SPKI DER: %v", err)
	}
	ec, ok := pub.(*ecdsa.PublicKey)
	if !ok || ec.Curve != elliptic.P256() {
		return nil, nil, errors.New("public key is not ECDSA P-256")
	}
	return ec, der, nil
}
