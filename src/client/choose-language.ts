import { LANGUAGE_CHOICE_KEY } from './language-picker';

// On the root page: go on to the edition the reader chose before, or else the first of the browser's
// preferred languages that the site has ("da-DK" → da). With none of them, the page stays as it is: a
// list of the editions to choose from.
const list = document.querySelector<HTMLElement>('[data-languages]');
const languages: string[] = list ? (JSON.parse(list.dataset.languages ?? '[]') as string[]) : [];

function remembered(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_CHOICE_KEY);
  } catch {
    return null;
  }
}

const preferred = [remembered(), ...navigator.languages.map((tag) => tag.toLowerCase().split('-')[0])];
const choice = preferred.find((code): code is string => code != null && languages.includes(code));
if (choice) location.replace(`/${choice}/${location.search}${location.hash}`);
