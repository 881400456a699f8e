package highlight

// The words of the C family: C, C++, C#, Go, Java, Kotlin, JavaScript,
// TypeScript, Rust, Swift, PHP and protocol buffers.

const (
	goKeywords = "break case continue default defer else fallthrough for go goto if range return select switch"
	goDecls    = "chan const func interface map struct type var"
	goTypes    = "any bool byte comparable complex128 complex64 error float32 float64 int int16 int32 int64 int8 rune string uint uint16 uint32 uint64 uint8 uintptr"
	goBuiltins = "append cap clear close complex copy delete imag len make max min new panic print println real recover"

	cKeywords = "auto break case const continue default do else enum extern for goto if inline register restrict return sizeof static struct switch typedef union volatile while " +
		"_Alignas _Alignof _Atomic _Generic _Noreturn _Static_assert _Thread_local"
	cTypes = "bool char double float int long short signed unsigned void _Bool _Complex " +
		"size_t ssize_t ptrdiff_t intptr_t uintptr_t int8_t int16_t int32_t int64_t uint8_t uint16_t uint32_t uint64_t wchar_t FILE"
	cConstants = "NULL true false"

	cppKeywords = "alignas alignof and and_eq asm bitand bitor catch class compl concept consteval constexpr constinit const_cast " +
		"co_await co_return co_yield decltype delete dynamic_cast explicit export final friend mutable namespace new noexcept not not_eq " +
		"operator or or_eq override private protected public reinterpret_cast requires static_assert static_cast template this " +
		"thread_local throw try typeid typename using virtual xor xor_eq"
	cppTypes     = "char8_t char16_t char32_t"
	cppConstants = "nullptr"

	csKeywords = "abstract as base break case catch checked class const continue default delegate do else enum event explicit extern " +
		"finally fixed for foreach goto if implicit in interface internal is lock namespace new operator out override params partial " +
		"private protected public readonly record ref return sealed sizeof stackalloc static struct switch this throw try typeof " +
		"unchecked unsafe using virtual volatile while async await yield get set init value when where nameof global dynamic"
	csTypes     = "bool byte char decimal double float int long nint nuint object sbyte short string uint ulong ushort var void"
	csConstants = "true false null"

	javaKeywords = "abstract assert break case catch class continue default do else enum extends final finally for goto if " +
		"implements instanceof interface native new permits private protected public record return sealed static strictfp super " +
		"switch synchronized this throw throws transient try var volatile while yield"
	javaTypes      = "boolean byte char double float int long short void"
	javaNamespaces = "package import"
	javaConstants  = "true false null"

	kotlinKeywords = "abstract actual annotation as break by catch class companion const constructor continue crossinline data do " +
		"dynamic else enum expect external final finally for fun get if in infix init inline inner interface internal is " +
		"lateinit noinline object open operator out override package private protected public reified return sealed set super " +
		"suspend tailrec this throw try typealias typeof val var vararg when where while import"
	kotlinConstants = "true false null"

	jsKeywords = "break case catch continue debugger default delete do else finally for if in instanceof new return switch " +
		"throw try typeof void while with yield of"
	jsDecls     = "var let const function"
	jsReserved  = "async await class export extends from import static get set as"
	jsConstants = "true false null undefined NaN Infinity this super"
	jsBuiltins  = "Array Boolean Date Error JSON Map Math Number Object Promise Reflect RegExp Set String Symbol WeakMap " +
		"console document globalThis module parseFloat parseInt process require window"

	tsReserved = "abstract declare enum implements interface keyof namespace private protected public readonly type infer is satisfies module"
	tsTypes    = "any bigint boolean never number object string symbol unknown void"

	rustKeywords = "as async await break const continue crate dyn else enum extern fn for if impl in loop match mod move mut pub ref " +
		"return static struct super trait type union unsafe use where while macro_rules"
	rustDecls     = "let"
	rustTypes     = "bool char f32 f64 i8 i16 i32 i64 i128 isize str u8 u16 u32 u64 u128 usize"
	rustConstants = "true false"
	rustPseudo    = "self Self"
	rustBuiltins  = "Some None Ok Err Box Option Result String Vec"

	swiftKeywords = "actor any as associatedtype async await break case catch class continue convenience default defer deinit do " +
		"dynamic else enum extension fallthrough fileprivate final for func guard if import in indirect init inout internal is " +
		"lazy let mutating nonisolated open operator override private protocol public repeat required rethrows return some " +
		"static struct subscript super switch throw throws try typealias unowned var weak where while"
	swiftConstants = "true false nil self Self _"
	swiftBuiltins  = "Any Array Bool Character Dictionary Double Float Int Int8 Int16 Int32 Int64 Optional Set String UInt UInt8 UInt16 UInt32 UInt64 Void print"

	phpKeywords = "abstract and array as break callable case catch class clone const continue declare default do echo else elseif " +
		"empty enddeclare endfor endforeach endif endswitch endwhile enum eval exit extends final finally fn for foreach function " +
		"global goto if implements include include_once instanceof insteadof interface isset list match namespace new or print " +
		"private protected public readonly require require_once return static switch throw trait try unset use var while xor yield"
	phpTypes     = "bool float int iterable mixed never object string void"
	phpConstants = "true false null"

	protoKeywords  = "syntax edition option optional required repeated oneof reserved extensions extend to max returns stream weak public default"
	protoDecls     = "message enum service rpc map"
	protoNamespace = "package import"
	protoTypes     = "double float int32 int64 uint32 uint64 sint32 sint64 fixed32 fixed64 sfixed32 sfixed64 bool string bytes"
)
