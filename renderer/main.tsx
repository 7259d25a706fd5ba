import './zodConfig.js';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import './styles.css';
import './editing.css';

const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
