import React from 'react';

// Calls the API; the server sets Access-Control-Allow-Origin for this app.
export function Profile({ id }: { id: string }) {
  const [data, setData] = React.useState<string | null>(null);
  React.useEffect(() => {
    fetch(`/api/users/${id}`, { credentials: 'include' }).then((r) => r.text()).then(setData);
  }, [id]);
  return <div className="profile">{data}</div>;
}
