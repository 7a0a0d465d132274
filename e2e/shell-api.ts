/**
 * The browser shell's HTTP API, called the way the renderer calls it (POST /api/<channel> with
 * the per-launch token), for tests that set up state no screen edits yet.
 */
export async function shellApi<T = unknown>(
  shellUrl: string,
  channel: string,
  body: unknown,
): Promise<{ ok: boolean; value?: T; error?: { message: string } }> {
  const url = new URL(shellUrl);
  const token = url.searchParams.get('token') ?? '';
  const res = await fetch(`${url.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-trp-token': token },
    body: JSON.stringify(body),
  });
  return (await res.json()) as { ok: boolean; value?: T; error?: { message: string } };
}
