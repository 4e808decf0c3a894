// React apps for "the weight @openrouter-kit/react adds on top of react + TanStack Query": the
// same app, then the same app also using our client directly, then also using useApiKeys().
export const reactApps = [
  {
    id: 'base',
    label: 'react + react-dom + TanStack Query app (plain fetch in useQuery)',
    file: 'app-base.jsx',
  },
  {
    id: 'client',
    label: '… + a component using @openrouter-kit/client in useQuery',
    file: 'app-client.jsx',
    needs: '@openrouter-kit/client',
  },
  {
    id: 'hooks',
    label: '… + a component using `useApiKeys()` from @openrouter-kit/react',
    file: 'app-hooks.jsx',
    needs: '@openrouter-kit/react',
  },
]
