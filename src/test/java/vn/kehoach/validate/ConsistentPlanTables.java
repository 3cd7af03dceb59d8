package vn.kehoach.validate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a Markdown plan annex whose every figure agrees with the others, printed the Vietnamese way
 * ("1.112", "87,97", "12,5"): poverty counts with their rate, population with its 95% target (rounded
 * half up), two years with their change, and a total row that is the sum (rates: the ratio of totals).
 */
final class ConsistentPlanTables {

    private static final BigDecimal RATE = BigDecimal.valueOf(95);

    private ConsistentPlanTables() {
    }

    static String markdown(long seed, int units) {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>();
        lines.add("Cụ thể như sau:");
        lines.add("");
        lines.add("| STT | Đơn vị | Tổng số hộ | Số hộ nghèo | Tỷ lệ % | Dân số | Tỷ lệ tham gia % | Chỉ tiêu số thẻ "
            + "| Năm 2022 | Năm 2023 | Tăng/giảm | Kinh phí (triệu đồng) |");
        lines.add("|---|---|---|---|---|---|---|---|---|---|---|---|");
        long[] sums = new long[6];
        BigDecimal money = BigDecimal.ZERO;
        for (int u = 1; u <= units; u++) {
            long households = 200 + random.nextInt(1400);
            long poor = random.nextInt(40);
            long population = 500 + random.nextInt(2500);
            long target = RATE.multiply(BigDecimal.valueOf(population)).movePointLeft(2).setScale(0, RoundingMode.HALF_UP).longValue();
            long before = random.nextInt(60);
            long after = random.nextInt(60);
            BigDecimal budget = BigDecimal.valueOf(random.nextInt(2000), 1);
            long[] row = {households, poor, population, target, before, after};
            for (int i = 0; i < row.length; i++) {
                sums[i] += row[i];
            }
            money = money.add(budget);
            lines.add(row(String.valueOf(u), "Khu phố " + u, row, budget));
        }
        lines.add(row("", "Tổng cộng", sums, money));
        lines.add("");
        return String.join("\n", lines) + "\n";
    }

    private static String row(String order, String label, long[] v, BigDecimal budget) {
        return "| " + String.join(" | ", order, label, grouped(v[0]), grouped(v[1]), ratio(v[1], v[0]), grouped(v[2]),
            "95", grouped(v[3]), grouped(v[4]), grouped(v[5]), String.valueOf(v[5] - v[4]),
            budget.toPlainString().replace('.', ',')) + " |";
    }

    /** Thousands grouped by dots: 1112 prints "1.112". */
    private static String grouped(long value) {
        return String.format(java.util.Locale.ROOT, "%,d", value).replace(',', '.');
    }

    private static String ratio(long count, long base) {
        return BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(base), 2, RoundingMode.HALF_UP)
            .toPlainString().replace('.', ',');
    }
}
