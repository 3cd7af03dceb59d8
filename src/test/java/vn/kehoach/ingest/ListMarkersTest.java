package vn.kehoach.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListMarkersTest {

    @Test
    void findsBulletsNumbersAndLetters() {
        assertEquals(Optional.of("-"), ListMarkers.find("- Phối hợp với Sở Y tế"));
        assertEquals(Optional.of("–"), ListMarkers.find("– Chỉ đạo UBND xã"));
        assertEquals(Optional.of("·"), ListMarkers.find("· Tuyên truyền"));
        assertEquals(Optional.of("2.1."), ListMarkers.find("2.1. Mục tiêu"));
        assertEquals(Optional.of("3)"), ListMarkers.find("3) Kinh phí"));
        assertEquals(Optional.of("2.1.1"), ListMarkers.find("2.1.1 Đối tượng"));
        assertEquals(Optional.of("đ)"), ListMarkers.find("đ) Các nội dung khác"));
    }

    @Test
    void leavesNumbersAndEmphasisInRunningTextAlone() {
        assertEquals(Optional.empty(), ListMarkers.find("12.5 triệu đồng cho xã"));
        assertEquals(Optional.empty(), ListMarkers.find("7.544 người chiếm tỷ lệ"));
        assertEquals(Optional.empty(), ListMarkers.find("2023 tổng số người tham gia"));
        assertEquals(Optional.empty(), ListMarkers.find("1.5.Tích cực trợ giúp"));
        assertEquals(Optional.empty(), ListMarkers.find("**Nơi nhận:**"));
        assertEquals(Optional.empty(), ListMarkers.find("-5% so với năm trước"));
    }
}
