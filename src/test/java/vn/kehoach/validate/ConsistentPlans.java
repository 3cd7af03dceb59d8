package vn.kehoach.validate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates whole commune plans whose every fact agrees: the Decree-30 form complete, numbering without
 * gaps, bases dated before the plan, data as of a date before it, deadlines after it; the narrative
 * states the table's own totals (cards with their share as the ratio of totals, "87,97%"; the 95% target
 * as the sum of the rows' rounded targets), and the table headers carry the sentence's dates. Numbers
 * are printed the Vietnamese way ("1.112", "87,97").
 */
final class ConsistentPlans {

    private static final BigDecimal RATE = BigDecimal.valueOf(95);

    private ConsistentPlans() {
    }

    static String markdown(long seed) {
        Random random = new Random(seed);
        int year = 2019 + random.nextInt(6);
        int month = 2 + random.nextInt(9);
        int day = 1 + random.nextInt(28);
        int villages = 2 + random.nextInt(7);
        long[] population = new long[villages];
        long[] cards = new long[villages];
        long[] targets = new long[villages];
        for (int v = 0; v < villages; v++) {
            population[v] = 300 + random.nextInt(3000);
            cards[v] = population[v] * (70 + random.nextInt(25)) / 100;
            targets[v] = RATE.multiply(BigDecimal.valueOf(population[v])).movePointLeft(2).setScale(0, RoundingMode.HALF_UP).longValue();
        }
        long totalPopulation = sum(population);
        long totalCards = sum(cards);
        long totalTarget = sum(targets);
        String asOf = String.format("%02d/%02d/%d", 28, month - 1, year);
        List<String> rows = new ArrayList<>();
        for (int v = 0; v < villages; v++) {
            rows.add("| " + (v + 1) + " | Thôn " + (v + 1) + " | " + grouped(population[v]) + " | " + grouped(cards[v]) + " | "
                + ratio(cards[v], population[v]) + " | " + grouped(targets[v]) + " | 95 |");
        }
        rows.add("| | Tổng cộng | " + grouped(totalPopulation) + " | " + grouped(totalCards) + " | "
            + ratio(totalCards, totalPopulation) + " | " + grouped(totalTarget) + " | 95 |");
        return String.join("\n",
            "ỦY BAN NHÂN DÂN",
            "XÃ " + (seed % 2 == 0 ? "HÒA BÌNH" : "TÂN LẬP"),
            "",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "",
            "Số: " + (10 + seed) + "/KH-UBND",
            "",
            (seed % 2 == 0 ? "Hòa Bình" : "Tân Lập") + ", ngày " + day + " tháng " + month + " năm " + year,
            "",
            "KẾ HOẠCH",
            "Phát triển người tham gia bảo hiểm y tế năm " + year,
            "",
            "Căn cứ Nghị quyết số " + (seed + 3) + "/NQ-HĐND ngày 15/12/" + (year - 1) + " của Hội đồng nhân dân xã về "
                + "phát triển kinh tế - xã hội năm " + year + ".",
            "",
            "Ủy ban nhân dân xã xây dựng Kế hoạch với những nội dung sau:",
            "",
            "I. MỤC TIÊU",
            "",
            "1. Mục tiêu chung",
            "",
            "Nâng cao chăm sóc sức khỏe cho người dân.",
            "",
            "2. Mục tiêu cụ thể",
            "",
            "Tính đến ngày " + asOf + ", tổng số người có thẻ BHYT là " + grouped(totalCards) + " người chiếm tỷ lệ "
                + ratio(totalCards, totalPopulation) + "%; xã xây dựng kế hoạch đến tháng 12 năm " + year
                + " tổng số người tham gia BHYT là " + grouped(totalTarget) + " người đạt tỷ lệ 95% người dân toàn xã.",
            "",
            "Cụ thể như sau:",
            "",
            "| STT | Thôn | Dân số | Số người có thẻ BHYT tính đến " + asOf + " | Tỷ lệ % | Chỉ tiêu số người tham gia BHYT "
                + "đến tháng 12/" + year + " | Tỷ lệ % |",
            "|---|---|---|---|---|---|---|",
            String.join("\n", rows),
            "",
            "II. NHIỆM VỤ VÀ GIẢI PHÁP",
            "",
            "1. Nhiệm vụ",
            "",
            "Rà soát người dân chưa có thẻ bảo hiểm y tế.",
            "",
            "2. Giải pháp",
            "",
            "Tuyên truyền về quyền lợi tham gia bảo hiểm y tế.",
            "",
            "III. TỔ CHỨC THỰC HIỆN",
            "",
            "1. Trạm Y tế xã chủ trì tổ chức rà soát, hoàn thành trước tháng " + (month + 1) + "/" + year + ".",
            "",
            "2. Các thôn báo cáo kết quả hằng quý về Ủy ban nhân dân xã.",
            "",
            "Nơi nhận:",
            "- UBND huyện (b/c);",
            "- Lưu: VT.",
            "",
            "TM. ỦY BAN NHÂN DÂN",
            "CHỦ TỊCH",
            "",
            "Trần Văn Bình",
            "");
    }

    private static long sum(long[] values) {
        long total = 0;
        for (long v : values) {
            total += v;
        }
        return total;
    }

    /** Thousands grouped by dots: 1112 prints "1.112". */
    private static String grouped(long value) {
        return String.format(Locale.ROOT, "%,d", value).replace(',', '.');
    }

    /** A share with two decimals and a decimal comma: "87,97". */
    private static String ratio(long count, long base) {
        return BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(base), 2, RoundingMode.HALF_UP)
            .toPlainString().replace('.', ',');
    }
}
