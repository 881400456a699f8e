// Package pdf writes notes as printable PDF documents.
package pdf
