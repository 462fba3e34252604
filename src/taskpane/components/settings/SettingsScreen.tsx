import { useAddin } from "../../host/addinContext";
import { useLanguage } from "../../host/languageContext";
import { Screen } from "../common/Screen";
import { Section } from "../common/Section";
import { AboutSection } from "./AboutSection";
import { CriteriaCatalogList } from "./CriteriaCatalogList";
import { LanguagePicker } from "./LanguagePicker";
import { PolicySection } from "./PolicySection";

export function SettingsScreen() {
  const { text } = useLanguage();
  const { catalog } = useAddin();
  return (
    <Screen title={text.settings.title}>
      <LanguagePicker />
      <PolicySection />
      <Section title={text.settings.criteriaTitle}>
        <CriteriaCatalogList catalog={catalog} />
      </Section>
      <AboutSection />
    </Screen>
  );
}
