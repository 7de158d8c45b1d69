import { createRoot } from 'react-dom/client';
import { App } from './App';
import '@/components/base.css';
import '@/components/shell.css';

const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
