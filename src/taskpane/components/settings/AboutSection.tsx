import { Text } from "@fluentui/react-components";
import { useAddin } from "../../host/addinContext";
import { useLanguage } from "../../host/languageContext";
import { Section } from "../common/Section";

export function AboutSection() {
  const { text } = useLanguage();
  const { version, host } = useAddin();
  return (
    <Section title={text.settings.aboutTitle}>
      <Text>
        {text.appTitle} – {text.settings.version(version)}
      </Text>
      <Text>{text.settings.host(text.settings.hosts[host])}</Text>
    </Section>
  );
}
