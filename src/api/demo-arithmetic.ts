// A tiny arithmetic evaluator, so "what is 17 * 23?" gets a real answer offline. Numbers,
// + − × ÷ ^ and parentheses only; anything else is simply not an expression.

type Token = { kind: 'number'; value: number; text: string } | { kind: 'op'; text: string };

export interface ArithmeticResult {
  /** The expression as typed, tidied. */
  source: string;
  /** The same expression in LaTeX. */
  latex: string;
  value: number;
  /** `a × b = a × tens + a × units` for a product of two whole numbers, in LaTeX. */
  steps?: string;
}

function tokenize(source: string): Token[] | undefined {
  const tokens: Token[] = [];
  const pattern = /\s*(\d+(?:\.\d+)?|\.\d+|[-+*/^()×÷])/y;
  let match: RegExpExecArray | null;
  let end = 0;
  while ((match = pattern.exec(source)) !== null) {
    const text = match[1]!;
    if (/[\d.]/.test(text[0]!)) tokens.push({ kind: 'number', value: Number(text), text });
    else tokens.push({ kind: 'op', text: text === '×' ? '*' : text === '÷' ? '/' : text });
    end = pattern.lastIndex;
  }
  return source.slice(end).trim() === '' ? tokens : undefined;
}

/** Recursive descent: expression → term (± term)*, term → power (×÷ power)*, power → unary (^ power)?. */
function evaluate(tokens: Token[]): number | undefined {
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const isOp = (text: string): boolean => {
    const token = peek();
    return token?.kind === 'op' && token.text === text;
  };

  function primary(): number {
    const token = tokens[pos++];
    if (token?.kind === 'number') return token.value;
    if (token?.kind === 'op' && token.text === '(') {
      const value = expression();
      if (!isOp(')')) throw new Error('missing )');
      pos++;
      return value;
    }
    throw new Error('unexpected token');
  }
  function unary(): number {
    if (isOp('-')) {
      pos++;
      return -unary();
    }
    return primary();
  }
  function power(): number {
    const base = unary();
    if (isOp('^')) {
      pos++;
      return base ** power();
    }
    return base;
  }
  function term(): number {
    let value = power();
    while (isOp('*') || isOp('/')) {
      const op = tokens[pos++]!.text;
      value = op === '*' ? value * power() : value / power();
    }
    return value;
  }
  function expression(): number {
    let value = term();
    while (isOp('+') || isOp('-')) {
      const op = tokens[pos++]!.text;
      value = op === '+' ? value + term() : value - term();
    }
    return value;
  }

  try {
    const value = expression();
    return pos === tokens.length && Number.isFinite(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function toLatex(tokens: Token[]): string {
  return tokens
    .map((token, i) => {
      if (token.kind === 'number')
        return tokens[i - 1]?.text === '^' ? `{${token.text}}` : token.text;
      if (token.text === '*') return ' \\times ';
      if (token.text === '/') return ' \\div ';
      if (token.text === '+' || token.text === '-')
        return i === 0 || tokens[i - 1]?.text === '(' ? token.text : ` ${token.text} `;
      return token.text;
    })
    .join('');
}

/** LaTeX-ready: thousands grouped as `{,}`, floating-point noise rounded off (0.1 + 0.2 → 0.3). */
export function formatLatexNumber(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-US').replace(/,/g, '{,}');
  return String(Number(value.toPrecision(12)));
}

function productSteps(tokens: Token[]): string | undefined {
  const [a, op, b] = tokens;
  if (tokens.length !== 3 || a?.kind !== 'number' || b?.kind !== 'number' || op?.text !== '*')
    return undefined;
  if (
    !Number.isInteger(a.value) ||
    !Number.isInteger(b.value) ||
    b.value < 11 ||
    b.value % 10 === 0
  )
    return undefined;
  const units = b.value % 10;
  const tens = b.value - units;
  return `${a.text} \\times ${b.text} = ${a.text} \\times ${tens} + ${a.text} \\times ${units} = ${formatLatexNumber(a.value * tens)} + ${formatLatexNumber(a.value * units)}`;
}

/** The first well-formed arithmetic expression in a prompt, with at least one operator. */
export function findArithmetic(prompt: string): ArithmeticResult | undefined {
  const candidates = prompt.match(/[-+*/^()×÷.\d\s]+/g) ?? [];
  for (const candidate of candidates) {
    const source = candidate.trim().replace(/[\s.]+$/, '');
    const tokens = tokenize(source);
    if (!tokens || tokens.filter((token) => token.kind === 'number').length < 2) continue;
    const value = evaluate(tokens);
    if (value === undefined) continue;
    return {
      source: source.replace(/\s+/g, ' '),
      latex: toLatex(tokens),
      value,
      steps: productSteps(tokens),
    };
  }
  return undefined;
}
