package highlight

// The words of the scripting languages: Python, Ruby, shell, make,
// Dockerfile, PowerShell, Lua and SQL.

const (
	pyKeywords  = "assert async await break class continue def del elif else except finally for global if lambda nonlocal pass raise return try while with yield as"
	pyNamespace = "import from"
	pyOpWords   = "and or not in is"
	pyConstants = "True False None"
	pyPseudo    = "self cls NotImplemented Ellipsis __name__ __file__"
	pyBuiltins  = "abs aiter all anext any ascii bin bool breakpoint bytearray bytes callable chr classmethod compile complex delattr " +
		"dict dir divmod enumerate eval exec filter float format frozenset getattr globals hasattr hash help hex id input int " +
		"isinstance issubclass iter len list locals map max memoryview min next object oct open ord pow print property range " +
		"repr reversed round set setattr slice sorted staticmethod str sum super tuple type vars zip __import__ " +
		"ArithmeticError AssertionError AttributeError BaseException Exception FileNotFoundError ImportError IndexError " +
		"KeyError KeyboardInterrupt LookupError NameError NotImplementedError OSError PermissionError RecursionError " +
		"RuntimeError StopIteration TimeoutError TypeError ValueError ZeroDivisionError"

	rubyKeywords = "alias and begin break case class def defined? do else elsif end ensure for if in module next not or redo " +
		"rescue retry return then undef unless until when while yield __FILE__ __LINE__ __method__"
	rubyConstants = "nil true false self"
	rubyPseudo    = "attr_accessor attr_reader attr_writer include extend private protected public module_function"
	rubyBuiltins  = "catch format gets lambda loop p pp print proc puts raise require require_relative sprintf throw"

	shellKeywords = "if then else elif fi case esac for select while until do done in function time coproc"
	shellBuiltins = "alias bg bind break builtin caller cd command compgen complete continue declare dirs disown echo enable eval " +
		"exec exit export fc fg getopts hash help history jobs kill let local logout mapfile popd printf pushd pwd read " +
		"readarray readonly return set shift shopt source suspend test times trap type typeset ulimit umask unalias unset wait"

	makeKeywords  = "ifeq ifneq ifdef ifndef else endif define endef include -include sinclude override export unexport vpath"
	makeFunctions = "abspath addprefix addsuffix and basename call dir error eval file filter filter-out findstring firstword " +
		"flavor foreach guile if info join lastword notdir or origin patsubst realpath shell sort strip subst suffix value " +
		"warning wildcard word wordlist words"

	dockerInstructions = "from run cmd label maintainer expose env add copy entrypoint volume user workdir arg onbuild stopsignal healthcheck shell"

	psKeywords = "begin break catch class continue data define do dynamicparam else elseif end enum exit filter finally for " +
		"foreach from function hidden if in param process return static switch throw trap try until using var while workflow"
	psOpWords = "-and -or -not -xor -band -bor -bxor -bnot -eq -ne -gt -ge -lt -le -like -notlike -match -notmatch " +
		"-contains -notcontains -in -notin -replace -split -join -is -isnot -as -f -shl -shr " +
		"-ceq -cne -cgt -cge -clt -cle -clike -cnotlike -cmatch -cnotmatch -creplace -ieq -ine -ilike -imatch"
	psTypes = "array bool byte char datetime decimal double float guid hashtable int int32 int64 long object psobject " +
		"pscustomobject regex scriptblock string switch void xml"

	luaKeywords  = "break do else elseif end for function goto if in local repeat return then until while"
	luaConstants = "nil true false"
	luaBuiltins  = "assert collectgarbage coroutine dofile error getmetatable io ipairs load loadfile math next os pairs pcall " +
		"print rawequal rawget rawlen rawset require select setmetatable string table tonumber tostring type unpack utf8 xpcall"

	sqlKeywords = "add all alter analyze and any as asc begin between by cascade case cast check coalesce collate column commit " +
		"constraint count create cross current database declare default delete desc distinct drop else end except exists " +
		"explain extract first following for foreign from full function grant group having if ilike in index inner insert " +
		"intersect interval into is join key last lateral left like limit max min natural not nullif nulls offset on or " +
		"order outer over partition preceding primary procedure range recursive references rename replace restrict " +
		"returning returns revoke right rollback row rows schema select set some sum table temp temporary then to " +
		"transaction trigger truncate unbounded union unique update using vacuum values view when where window with avg"
	sqlTypes = "bigint bigserial binary bit blob bool boolean bytea char date datetime decimal double enum float int integer " +
		"json jsonb money nchar numeric nvarchar precision real serial smallint text time timestamp timestamptz tinyint " +
		"uuid varbinary varchar"
	sqlConstants = "null true false"
)
