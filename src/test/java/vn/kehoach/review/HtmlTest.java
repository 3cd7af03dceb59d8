package vn.kehoach.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesMarkupAndKeepsVietnameseAsNfcText() {
        assertEquals("&lt;b&gt;Tổng &amp; &quot;cộng&quot; &#39;x&#39;&lt;/b&gt;", Html.escape("<b>Tổng & \"cộng\" 'x'</b>"));
        // Decomposed input (a base letter and combining marks) comes out composed, one code point per letter.
        assertEquals("Tiếng Việt", Html.escape("Tie\u0302\u0301ng Vie\u0323\u0302t"));
        assertEquals("", Html.escape(null));
    }

    @Test
    void fillsEverySlotAndRefusesAMissingOne() {
        assertEquals("<p>a $1 b</p>", Html.fill("<p>{{x}} b</p>", Map.of("x", "a $1")));
        assertThrows(IllegalArgumentException.class, () -> Html.fill("{{x}}{{y}}", Map.of("x", "")));
    }
}
