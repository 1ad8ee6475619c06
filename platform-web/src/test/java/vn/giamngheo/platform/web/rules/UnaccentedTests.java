package vn.giamngheo.platform.web.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnaccentedTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Xã Đàm Thủy | xa dam thuy",
            "Xã Đàm Thuỷ | xa dam thuy",
            "Phường Nùng Trí Cao | phuong nung tri cao",
            "  Nông   Thị  Mẫu | nong thi mau",
            "NÔNG THỊ MẪU | nong thi mau",
            "Quảng Hòa | quang hoa",
            "Hoà An | hoa an",
            "dam thuy | dam thuy"})
    void shouldReadVietnameseAsTypedWithoutDiacritics(String text, String folded) {
        assertThat(Unaccented.fold(text)).isEqualTo(folded);
    }
}
