// The speech-adapter view. SKELETON: replace.
import { useMessages } from '../../i18n/react';
import { island } from '../../components/WidgetShell';
import type { ViewProps } from '../types';
import { messages } from './messages';
import { meta, type fields } from './meta';

function SpeechAdapterView(_: ViewProps<typeof fields>) {
  const t = useMessages(messages);
  return <p>{t.summary}</p>;
}

export default island(meta, SpeechAdapterView, { messages });
