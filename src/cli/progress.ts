// A progress bar for long runs, drawn only when stderr is a terminal so piped output stays clean.
export interface Progress {
  tick(done: number): void;
  finish(): void;
}

export function progressBar(total: number, stream: NodeJS.WriteStream, label: string): Progress {
  if (!stream.isTTY || total < 200) return { tick() {}, finish() {} };
  let last = -1;
  const width = 30;
  const draw = (done: number) => {
    const pct = Math.floor((100 * done) / total);
    if (pct === last) return;
    last = pct;
    const filled = Math.round((width * done) / total);
    stream.write(
      `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${pct}% (${done}/${total})`,
    );
  };
  return {
    tick: draw,
    finish() {
      draw(total);
      stream.write('\n');
    },
  };
}
