// Plain-English names for colours, so the demo can say "steel blue" rather than "#3a6ea5".

export interface Hsl {
  hue: number;
  saturation: number;
  lightness: number;
}

/** `#rgb` or `#rrggbb` to HSL (hue in degrees, the rest in 0–1); undefined when unreadable. */
export function hexToHsl(hex: string): Hsl | undefined {
  let digits = hex.trim().replace(/^#/, '');
  if (/^[0-9a-f]{3}$/i.test(digits)) digits = [...digits].map((d) => d + d).join('');
  if (!/^[0-9a-f]{6}$/i.test(digits)) return undefined;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16) / 255) as [
    number,
    number,
    number,
  ];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const lightness = (max + min) / 2;
  const delta = max - min;
  if (delta === 0) return { hue: 0, saturation: 0, lightness };
  const saturation = delta / (1 - Math.abs(2 * lightness - 1));
  let hue: number;
  if (max === r) hue = ((g - b) / delta) % 6;
  else if (max === g) hue = (b - r) / delta + 2;
  else hue = (r - g) / delta + 4;
  return { hue: (hue * 60 + 360) % 360, saturation, lightness };
}

const HUES: readonly [number, string][] = [
  [15, 'red'],
  [40, 'orange'],
  [65, 'yellow'],
  [160, 'green'],
  [195, 'teal'],
  [255, 'blue'],
  [290, 'purple'],
  [335, 'pink'],
  [360, 'red'],
];

/** A rough colour name: "dark blue", "light grey", "orange", "brown"… */
export function nameColor(hex: string): string {
  const hsl = hexToHsl(hex);
  if (!hsl) return 'an unreadable colour';
  const { hue, saturation, lightness } = hsl;
  if (lightness < 0.1) return 'black';
  if (lightness > 0.93) return 'white';
  if (saturation < 0.12)
    return lightness < 0.35 ? 'dark grey' : lightness > 0.7 ? 'light grey' : 'grey';
  const base = HUES.find(([limit]) => hue < limit)?.[1] ?? 'red';
  if ((base === 'orange' || base === 'red' || base === 'yellow') && lightness < 0.4) return 'brown';
  if (lightness < 0.3) return `dark ${base}`;
  if (lightness > 0.75) return `light ${base}`;
  return base;
}

/** A hedged guess at what a dominant colour often means in a picture. */
export function colorHint(hex: string): string {
  const hsl = hexToHsl(hex);
  if (!hsl) return '';
  const { hue, saturation, lightness } = hsl;
  if (lightness > 0.85)
    return 'a light, airy image: often a document, a screenshot or an overcast sky';
  if (lightness < 0.18)
    return 'a dark image: perhaps a night scene, a dark-mode screen or a low-key photo';
  if (saturation < 0.15)
    return 'a muted, neutral palette: concrete, paper, fog or a monochrome design';
  if (hue >= 180 && hue < 255) return 'blue tones often come from sky, water or a cool UI theme';
  if (hue >= 65 && hue < 180) return 'green tones often mean foliage, landscapes or nature';
  if (hue < 40 || hue >= 335)
    return 'warm reds and browns often come from wood, brick, skin tones or sunsets';
  if (hue < 65) return 'warm yellows and oranges suggest sunlight, sand or autumn colours';
  return 'purples and pinks often come from flowers, dusk skies or a bold brand palette';
}
