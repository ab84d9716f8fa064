/*
 * std_names.c: the exported names of go1.19's standard packages, so that the
 * checker can tell "outside the subset" from "does not exist".
 *
 * gofront's std packages (stdlib.c) declare only the subset's members.  A
 * program that uses another member of those packages (runtime.SetFinalizer,
 * strconv.IntSize) or imports another standard package (testing) is valid
 * Go that gofront does not compile: it gets "... not supported", while a
 * name Go does not have either keeps gc's "undefined: pkg.Name".  The lists
 * were generated from go1.19 (go/importer over each package, `go list std`),
 * one space-separated string per package.
 */
#include <string.h>

#include "check_int.h"

static const struct {
	const char *name, *members;
} std_names[] = {
        {"fmt",
         " Append Appendf Appendln Errorf Formatter Fprint Fprintf Fprintln Fscan Fscanf Fscanln "
         "GoStringer Print Printf Println Scan ScanState Scanf Scanln Scanner Sprint Sprintf "
         "Sprintln Sscan Sscanf Sscanln State Stringer "},
        {"os",
         " Args Chdir Chmod Chown Chtimes Clearenv Create CreateTemp DevNull DirEntry DirFS "
         "Environ "
         "ErrClosed ErrDeadlineExceeded ErrExist ErrInvalid ErrNoDeadline ErrNotExist "
         "ErrPermission "
         "ErrProcessDone Executable Exit Expand ExpandEnv File FileInfo FileMode FindProcess "
         "Getegid Getenv Geteuid Getgid Getgroups Getpagesize Getpid Getppid Getuid Getwd Hostname "
         "Interrupt IsExist IsNotExist IsPathSeparator IsPermission IsTimeout Kill Lchown Link "
         "LinkError LookupEnv Lstat Mkdir MkdirAll MkdirTemp ModeAppend ModeCharDevice ModeDevice "
         "ModeDir ModeExclusive ModeIrregular ModeNamedPipe ModePerm ModeSetgid ModeSetuid "
         "ModeSocket ModeSticky ModeSymlink ModeTemporary ModeType NewFile NewSyscallError "
         "O_APPEND "
         "O_CREATE O_EXCL O_RDONLY O_RDWR O_SYNC O_TRUNC O_WRONLY Open OpenFile PathError "
         "PathListSeparator PathSeparator Pipe ProcAttr Process ProcessState ReadDir ReadFile "
         "Readlink Remove RemoveAll Rename SEEK_CUR SEEK_END SEEK_SET SameFile Setenv Signal "
         "StartProcess Stat Stderr Stdin Stdout Symlink SyscallError TempDir Truncate Unsetenv "
         "UserCacheDir UserConfigDir UserHomeDir WriteFile "},
        {"strconv",
         " AppendBool AppendFloat AppendInt AppendQuote AppendQuoteRune AppendQuoteRuneToASCII "
         "AppendQuoteRuneToGraphic AppendQuoteToASCII AppendQuoteToGraphic AppendUint Atoi "
         "CanBackquote ErrRange ErrSyntax FormatBool FormatComplex FormatFloat FormatInt "
         "FormatUint "
         "IntSize IsGraphic IsPrint Itoa NumError ParseBool ParseComplex ParseFloat ParseInt "
         "ParseUint Quote QuoteRune QuoteRuneToASCII QuoteRuneToGraphic QuoteToASCII "
         "QuoteToGraphic "
         "QuotedPrefix Unquote UnquoteChar "},
        {"runtime",
         " BlockProfile BlockProfileRecord Breakpoint CPUProfile Caller Callers CallersFrames "
         "Compiler Error Frame Frames Func FuncForPC GC GOARCH GOMAXPROCS GOOS GOROOT Goexit "
         "GoroutineProfile Gosched KeepAlive LockOSThread MemProfile MemProfileRate "
         "MemProfileRecord MemStats MutexProfile NumCPU NumCgoCall NumGoroutine ReadMemStats "
         "ReadTrace SetBlockProfileRate SetCPUProfileRate SetCgoTraceback SetFinalizer "
         "SetMutexProfileFraction Stack StackRecord StartTrace StopTrace ThreadCreateProfile "
         "TypeAssertionError UnlockOSThread Version "},
        {"errors", " As Is New Unwrap "},
        {"strings",
         " Builder Clone Compare Contains ContainsAny ContainsRune Count Cut EqualFold Fields "
         "FieldsFunc HasPrefix HasSuffix Index IndexAny IndexByte IndexFunc IndexRune Join "
         "LastIndex LastIndexAny LastIndexByte LastIndexFunc Map NewReader NewReplacer Reader "
         "Repeat Replace ReplaceAll Replacer Split SplitAfter SplitAfterN SplitN Title ToLower "
         "ToLowerSpecial ToTitle ToTitleSpecial ToUpper ToUpperSpecial ToValidUTF8 Trim TrimFunc "
         "TrimLeft TrimLeftFunc TrimPrefix TrimRight TrimRightFunc TrimSpace TrimSuffix "},
        {"math",
         " Abs Acos Acosh Asin Asinh Atan Atan2 Atanh Cbrt Ceil Copysign Cos Cosh Dim E Erf Erfc "
         "Erfcinv Erfinv Exp Exp2 Expm1 FMA Float32bits Float32frombits Float64bits "
         "Float64frombits "
         "Floor Frexp Gamma Hypot Ilogb Inf IsInf IsNaN J0 J1 Jn Ldexp Lgamma Ln10 Ln2 Log Log10 "
         "Log10E Log1p Log2 Log2E Logb Max MaxFloat32 MaxFloat64 MaxInt MaxInt16 MaxInt32 MaxInt64 "
         "MaxInt8 MaxUint MaxUint16 MaxUint32 MaxUint64 MaxUint8 Min MinInt MinInt16 MinInt32 "
         "MinInt64 MinInt8 Mod Modf NaN Nextafter Nextafter32 Phi Pi Pow Pow10 Remainder Round "
         "RoundToEven Signbit Sin Sincos Sinh SmallestNonzeroFloat32 SmallestNonzeroFloat64 Sqrt "
         "Sqrt2 SqrtE SqrtPhi SqrtPi Tan Tanh Trunc Y0 Y1 Yn "},
        {"sort",
         " Find Float64Slice Float64s Float64sAreSorted IntSlice Interface Ints IntsAreSorted "
         "IsSorted Reverse Search SearchFloat64s SearchInts SearchStrings Slice SliceIsSorted "
         "SliceStable Sort Stable StringSlice Strings StringsAreSorted "},
        {"sync", " Cond Locker Map Mutex NewCond Once Pool RWMutex WaitGroup "},
        {"time",
         " ANSIC After AfterFunc April August Date December Duration February FixedZone Friday "
         "Hour "
         "January July June Kitchen Layout LoadLocation LoadLocationFromTZData Local Location "
         "March "
         "May Microsecond Millisecond Minute Monday Month Nanosecond NewTicker NewTimer November "
         "Now October Parse ParseDuration ParseError ParseInLocation RFC1123 RFC1123Z RFC3339 "
         "RFC3339Nano RFC822 RFC822Z RFC850 RubyDate Saturday Second September Since Sleep Stamp "
         "StampMicro StampMilli StampNano Sunday Thursday Tick Ticker Time Timer Tuesday UTC Unix "
         "UnixDate UnixMicro UnixMilli Until Wednesday Weekday "},
        {"bytes",
         " Buffer Compare Contains ContainsAny ContainsRune Count Cut Equal EqualFold ErrTooLarge "
         "Fields FieldsFunc HasPrefix HasSuffix Index IndexAny IndexByte IndexFunc IndexRune Join "
         "LastIndex LastIndexAny LastIndexByte LastIndexFunc Map MinRead NewBuffer NewBufferString "
         "NewReader Reader Repeat Replace ReplaceAll Runes Split SplitAfter SplitAfterN SplitN "
         "Title ToLower ToLowerSpecial ToTitle ToTitleSpecial ToUpper ToUpperSpecial ToValidUTF8 "
         "Trim TrimFunc TrimLeft TrimLeftFunc TrimPrefix TrimRight TrimRightFunc TrimSpace "
         "TrimSuffix "},
        {"utf8",
         " AppendRune DecodeLastRune DecodeLastRuneInString DecodeRune DecodeRuneInString "
         "EncodeRune "
         "FullRune FullRuneInString MaxRune RuneCount RuneCountInString RuneError RuneLen RuneSelf "
         "RuneStart UTFMax Valid ValidRune ValidString "},
        {"unsafe", " Add Alignof Offsetof Pointer Sizeof Slice "},
        {"atomic",
         " AddInt32 AddInt64 AddUint32 AddUint64 AddUintptr Bool CompareAndSwapInt32 "
         "CompareAndSwapInt64 CompareAndSwapPointer CompareAndSwapUint32 CompareAndSwapUint64 "
         "CompareAndSwapUintptr Int32 Int64 LoadInt32 LoadInt64 LoadPointer LoadUint32 LoadUint64 "
         "LoadUintptr Pointer StoreInt32 StoreInt64 StorePointer StoreUint32 StoreUint64 "
         "StoreUintptr SwapInt32 SwapInt64 SwapPointer SwapUint32 SwapUint64 SwapUintptr Uint32 "
         "Uint64 Uintptr Value "},
        {"unicode",
         " ASCII_Hex_Digit Adlam Ahom Anatolian_Hieroglyphs Arabic Armenian Avestan AzeriCase "
         "Balinese Bamum Bassa_Vah Batak Bengali Bhaiksuki Bidi_Control Bopomofo Brahmi Braille "
         "Buginese Buhid C Canadian_Aboriginal Carian CaseRange CaseRanges Categories "
         "Caucasian_Albanian Cc Cf Chakma Cham Cherokee Chorasmian Co Common Coptic Cs Cuneiform "
         "Cypriot Cyrillic Dash Deprecated Deseret Devanagari Diacritic Digit Dives_Akuru Dogra "
         "Duployan Egyptian_Hieroglyphs Elbasan Elymaic Ethiopic Extender FoldCategory FoldScript "
         "Georgian Glagolitic Gothic Grantha GraphicRanges Greek Gujarati Gunjala_Gondi Gurmukhi "
         "Han Hangul Hanifi_Rohingya Hanunoo Hatran Hebrew Hex_Digit Hiragana Hyphen "
         "IDS_Binary_Operator IDS_Trinary_Operator Ideographic Imperial_Aramaic In Inherited "
         "Inscriptional_Pahlavi Inscriptional_Parthian Is IsControl IsDigit IsGraphic IsLetter "
         "IsLower IsMark IsNumber IsOneOf IsPrint IsPunct IsSpace IsSymbol IsTitle IsUpper "
         "Javanese "
         "Join_Control Kaithi Kannada Katakana Kayah_Li Kharoshthi Khitan_Small_Script Khmer "
         "Khojki "
         "Khudawadi L Lao Latin Lepcha Letter Limbu Linear_A Linear_B Lisu Ll Lm Lo "
         "Logical_Order_Exception Lower LowerCase Lt Lu Lycian Lydian M Mahajani Makasar Malayalam "
         "Mandaic Manichaean Marchen Mark Masaram_Gondi MaxASCII MaxCase MaxLatin1 MaxRune Mc Me "
         "Medefaidrin Meetei_Mayek Mende_Kikakui Meroitic_Cursive Meroitic_Hieroglyphs Miao Mn "
         "Modi "
         "Mongolian Mro Multani Myanmar N Nabataean Nandinagari Nd New_Tai_Lue Newa Nko Nl No "
         "Noncharacter_Code_Point Number Nushu Nyiakeng_Puachue_Hmong Ogham Ol_Chiki Old_Hungarian "
         "Old_Italic Old_North_Arabian Old_Permic Old_Persian Old_Sogdian Old_South_Arabian "
         "Old_Turkic Oriya Osage Osmanya Other Other_Alphabetic Other_Default_Ignorable_Code_Point "
         "Other_Grapheme_Extend Other_ID_Continue Other_ID_Start Other_Lowercase Other_Math "
         "Other_Uppercase P Pahawh_Hmong Palmyrene Pattern_Syntax Pattern_White_Space Pau_Cin_Hau "
         "Pc Pd Pe Pf Phags_Pa Phoenician Pi Po Prepended_Concatenation_Mark PrintRanges "
         "Properties "
         "Ps Psalter_Pahlavi Punct Quotation_Mark Radical Range16 Range32 RangeTable "
         "Regional_Indicator Rejang ReplacementChar Runic S STerm Samaritan Saurashtra Sc Scripts "
         "Sentence_Terminal Sharada Shavian Siddham SignWriting SimpleFold Sinhala Sk Sm So "
         "Soft_Dotted Sogdian Sora_Sompeng Soyombo Space SpecialCase Sundanese Syloti_Nagri Symbol "
         "Syriac Tagalog Tagbanwa Tai_Le Tai_Tham Tai_Viet Takri Tamil Tangut Telugu "
         "Terminal_Punctuation Thaana Thai Tibetan Tifinagh Tirhuta Title TitleCase To ToLower "
         "ToTitle ToUpper TurkishCase Ugaritic Unified_Ideograph Upper UpperCase UpperLower Vai "
         "Variation_Selector Version Wancho Warang_Citi White_Space Yezidi Yi Z Zanabazar_Square "
         "Zl "
         "Zp Zs "},
};

static const char *std_paths =
        " archive/tar archive/zip bufio bytes compress/bzip2 compress/flate compress/gzip "
        "compress/lzw compress/zlib container/heap container/list container/ring context crypto "
        "crypto/aes crypto/cipher crypto/des crypto/dsa crypto/ecdsa crypto/ed25519 "
        "crypto/elliptic crypto/hmac crypto/md5 crypto/rand crypto/rc4 crypto/rsa crypto/sha1 "
        "crypto/sha256 crypto/sha512 crypto/subtle crypto/tls crypto/x509 crypto/x509/pkix "
        "database/sql database/sql/driver debug/buildinfo debug/dwarf debug/elf debug/gosym "
        "debug/macho debug/pe debug/plan9obj embed encoding encoding/ascii85 encoding/asn1 "
        "encoding/base32 encoding/base64 encoding/binary encoding/csv encoding/gob encoding/hex "
        "encoding/json encoding/pem encoding/xml errors expvar flag fmt go/ast go/build "
        "go/build/constraint go/constant go/doc go/doc/comment go/format go/importer go/parser "
        "go/printer go/scanner go/token go/types hash hash/adler32 hash/crc32 hash/crc64 hash/fnv "
        "hash/maphash html html/template image image/color image/color/palette image/draw "
        "image/gif image/jpeg image/png index/suffixarray io io/fs io/ioutil log log/syslog math "
        "math/big math/bits math/cmplx math/rand mime mime/multipart mime/quotedprintable net "
        "net/http net/http/cgi net/http/cookiejar net/http/fcgi net/http/httptest "
        "net/http/httptrace net/http/httputil net/http/pprof net/mail net/netip net/rpc "
        "net/rpc/jsonrpc net/smtp net/textproto net/url os os/exec os/signal os/user path "
        "path/filepath plugin reflect regexp regexp/syntax runtime runtime/cgo runtime/debug "
        "runtime/metrics runtime/pprof runtime/race runtime/trace sort strconv strings sync "
        "sync/atomic syscall testing testing/fstest testing/iotest testing/quick text/scanner "
        "text/tabwriter text/template text/template/parse time time/tzdata unicode unicode/utf16 "
        "unicode/utf8 unsafe ";

/* Is " word " in the space-separated list s (which starts and ends with a space)? */
static bool in_list(const char *s, const char *word)
{
	size_t n = strlen(word);
	for (const char *p = strstr(s, word); p; p = strstr(p + 1, word))
		if (p > s && p[-1] == ' ' && p[n] == ' ')
			return true;
	return false;
}

/* Does go1.19's package named pkg (its last path element) export name? */
bool std_go_has(const char *pkg, const char *name)
{
	if (!pkg || !name || !*name)
		return false;
	for (size_t i = 0; i < sizeof std_names / sizeof std_names[0]; i++)
		if (strcmp(std_names[i].name, pkg) == 0)
			return in_list(std_names[i].members, name);
	return false;
}

/* Is path one of go1.19's standard packages? */
bool std_go_package(const char *path)
{
	return path && *path && !strchr(path, ' ') && in_list(std_paths, path);
}
