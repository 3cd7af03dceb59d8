package vn.kehoach.normalize;

import java.nio.charset.Charset;

/** The pre-Unicode Vietnamese encodings whose text we can recognise and decode. */
public enum LegacyEncoding {
    /** TCVN 5712 VN3 ("ABC", .VnTime fonts): capitals with tones come from all-capital fonts. */
    TCVN3("tcvn3", "windows-1252"),
    /** VNI-Windows (VNI-Times fonts): base letter + a mark byte. */
    VNI_WINDOWS("vni-windows", "windows-1252"),
    /** VISCII (RFC 1456): every letter one byte, some in the C0 range. */
    VISCII("viscii", "windows-1252"),
    /** Windows-1258: toneless letters + combining tone marks. */
    CP1258("cp1258", "windows-1252"),
    /** VIQR (RFC 1456): 7-bit ASCII mnemonics such as "quye^'t". */
    VIQR("viqr", "US-ASCII");

    private final String id;
    private final CodeTable table;

    /** @param arrivingCharset what the legacy bytes are read as before we see them */
    LegacyEncoding(String id, String arrivingCharset) {
        this.id = id;
        this.table = CodeTable.load(id, Charset.forName(arrivingCharset));
    }

    /** Short stable name, also the data file name. */
    public String id() {
        return id;
    }

    /** The {@link vn.kehoach.model.Repair} method for text decoded from this encoding. */
    public String repairMethod() {
        return "legacy-" + id;
    }

    CodeTable table() {
        return table;
    }
}
