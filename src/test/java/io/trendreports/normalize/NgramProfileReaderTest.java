package io.trendreports.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.profiles.BuiltInLanguages;
import com.optimaize.langdetect.profiles.LanguageProfileReader;

class NgramProfileReaderTest {

    @Test
    void everyShippedProfileReadsAsOptimaizeReadsIt() throws IOException {
        LanguageProfileReader theirs = new LanguageProfileReader();
        for (LdLocale language : BuiltInLanguages.getLanguages()) {
            assertThat(NgramProfileReader.read(language.toString())).as(language.toString())
                    .isEqualTo(theirs.readBuiltIn(language));
        }
    }

    @Test
    void aMissingProfileIsAnError() {
        assertThatThrownBy(() -> NgramProfileReader.read("xx")).isInstanceOf(IOException.class).hasMessageContaining("xx");
    }
}
