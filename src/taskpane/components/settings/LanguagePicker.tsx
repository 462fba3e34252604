import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import { LANGUAGES, type Language } from "../../../i18n";
import { LANGUAGE_NAMES } from "../../../i18n/ui";
import { useLanguage } from "../../host/languageContext";

/** Tiếng Việt / English; each name in its own language and marked so screen readers pronounce it right. */
export function LanguagePicker() {
  const { language, text, setLanguage } = useLanguage();
  return (
    <Field label={text.settings.language} hint={text.settings.languageHint}>
      <RadioGroup
        value={language}
        onChange={(_event, data) => setLanguage(data.value as Language)}
        layout="horizontal"
      >
        {LANGUAGES.map((option) => (
          <Radio key={option} value={option} label={<span lang={option}>{LANGUAGE_NAMES[option]}</span>} />
        ))}
      </RadioGroup>
    </Field>
  );
}
