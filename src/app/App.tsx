export function App() {
  return (
    <main>
      <h1>Consortia</h1>
    </main>
  );
}
